package org.khet.procurement;

import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * A red-flag indicator: its code (the Open Contracting Partnership's {@code R0xx} where one fits, else a Khet code),
 * the version of its definition, and one SQL query that answers for every procurement in scope whether it is
 * flagged (with the rows and figures that made it so), clear, or not applicable (with the reason). The query is
 * set-based, so a whole fiscal year is one statement per indicator; {@link FlagComputation} runs it with these
 * common tables:
 *
 * <ul>
 *   <li>{@code scope(id)}: the procurements to answer for;
 *   <li>{@code th(parameter, value)}: this indicator's thresholds in force on the day computed;
 *   <li>{@code bid_rows}: each bid in scope with its supplier's name ({@code supplier}), {@code supplier_id},
 *       {@code tax_id} (for matching only: never put it in evidence), {@code amount}, {@code disqualified},
 *       {@code disqualified_reason} and {@code won};
 *   <li>{@code bid_sets}: per procurement in scope {@code bids}, {@code valid}, {@code disqualified}, {@code lowest},
 *       {@code winner_valid} and {@code list} (the bids as JSON, cheapest first);
 *   <li>{@code buyer_values}: every procurement of the buyers in scope, not cancelled, of the fiscal years in
 *       scope and the years either side (a window of days reaches across a year's end), with its {@code value}
 *       (contract, else award, else budget), {@code day} (award, else tender start, else created), winning {@code
 *       supplier_id} and {@code supplier}.
 * </ul>
 *
 * The query selects {@code procurement_id, state ('flagged', 'clear', 'not_applicable'), reason (a key of
 * procurement.flag.reason.*, when not applicable), evidence (jsonb), threshold (jsonb: the values it compared
 * with)}, one row per procurement in scope. Adding an indicator is one more such subclass, a Spring component.
 *
 * <p>The common tables are read by several parts of a query, so PostgreSQL computes each once and keeps it without
 * an index: look a procurement's rows up in them by joining a grouped derived table on {@code procurement_id} (or on
 * the buyer and year), never by a lateral subquery per procurement, which would scan the whole table once for each
 * procurement in scope — a whole fiscal year would then take quadratic time.
 */
abstract class Indicator {

    /** Whether the answer depends on the procurement alone, or on the other purchases of its buyer. */
    enum Reach {
        PROCUREMENT,
        BUYER_YEAR
    }

    private final String code;
    private final int version;
    private final Reach reach;

    /** {@code version}: raised when the definition changes, so that every answer is recomputed, the old closed. */
    Indicator(String code, int version, Reach reach) {
        this.code = code;
        this.version = version;
        this.reach = reach;
    }

    String code() {
        return code;
    }

    int version() {
        return version;
    }

    Reach reach() {
        return reach;
    }

    /** The query; see the class's description. */
    abstract String answers();

    /** What it flags, in Thai and English. */
    Bilingual definition() {
        return Texts.of("procurement.flag." + code + ".definition");
    }
}
