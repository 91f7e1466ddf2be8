package org.khet.procurement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published OCDS releases, in their order ({@code date}, then {@code id}): a page of them, all of them through a
 * database cursor (a few hundred rows in memory at a time, however many there are), those after a position of the
 * change feed, or those of one procurement. Releases are read as the JSON text stored, never parsed on the way.
 */
@Component
public class OcdsReleases {

    /** Which releases: dated within {@code from}…{@code to} (Thailand days, either open), of one buyer code or all. */
    public record Filter(LocalDate from, LocalDate to, String buyer) {}

    /** A release as stored: its place in the order and its JSON text. */
    public record Release(Position position, String json) {}

    /** A place in the release order: the release's date and id; the feed answers what comes after it. */
    public record Position(OffsetDateTime date, String id) {

        /** The cursor a watcher passes back as {@code since}. */
        public String cursor() {
            String plain = date.toInstant() + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * A cursor from {@link #cursor()}, or a time (ISO date-time with offset, or a Thailand day) from which on
         * releases are wanted; refused with the field {@code since} when neither.
         */
        public static Position since(String since) {
            try {
                if (since.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return new Position(
                            LocalDate.parse(since)
                                    .atStartOfDay(MethodRules.THAILAND)
                                    .toOffsetDateTime(),
                            "");
                }
                if (since.length() > 10 && since.charAt(4) == '-' && since.contains("T")) {
                    return new Position(OffsetDateTime.parse(since), "");
                }
                String plain = new String(Base64.getUrlDecoder().decode(since), StandardCharsets.UTF_8);
                int bar = plain.indexOf('|');
                return new Position(
                        Instant.parse(plain.substring(0, bar)).atOffset(ZoneOffset.UTC), plain.substring(bar + 1));
            } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw RejectedException.of("since", Texts.of("procurement.ocds.since"));
            }
        }
    }

    private static final String SELECT = """
            select id, date, release::text as release from procurement.release
            where (cast(:from as timestamptz) is null or date >= cast(:from as timestamptz))
              and (cast(:to as timestamptz) is null or date < cast(:to as timestamptz))
              and (cast(:buyer as text) is null or buyer_code = cast(:buyer as text))""";

    private final JdbcClient jdbc;

    OcdsReleases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Page {@code page} (from 1) of {@code size} releases, and one more when there is a next page. */
    public List<Release> page(Filter filter, int page, int size) {
        return filtered(SELECT + " order by date, id limit :limit offset :offset", filter)
                .param("limit", size + 1)
                .param("offset", (long) (page - 1) * size)
                .query((rs, n) -> release(rs))
                .list();
    }

    /** Whether the filter lets any release through (a package holds at least one, by the schema). */
    public boolean any(Filter filter) {
        return filtered("select exists (" + SELECT + ")", filter)
                .query(Boolean.class)
                .single();
    }

    /** Every release the filter lets through, in order, handed one at a time while the cursor reads on. */
    @Transactional(readOnly = true)
    public void each(Filter filter, Consumer<Release> to) {
        filtered(SELECT + " order by date, id", filter).withFetchSize(500).query(rs -> {
            to.accept(release(rs));
        });
    }

    /** Up to {@code size} releases the filter lets through after {@code position}, in order, and one more when more follow. */
    public List<Release> after(Position position, Filter filter, int size) {
        return filtered(SELECT + " and (date, id) > (:date, :id) order by date, id limit :limit", filter)
                .param("date", position.date())
                .param("id", position.id())
                .param("limit", size + 1)
                .query((rs, n) -> release(rs))
                .list();
    }

    /** The releases of procurement {@code ocid}, oldest first; empty when it has none. */
    public List<Release> of(String ocid) {
        return jdbc.sql("select id, date, release::text as release from procurement.release where ocid = :ocid "
                        + "order by date, id")
                .param("ocid", ocid)
                .query((rs, n) -> release(rs))
                .list();
    }

    private JdbcClient.StatementSpec filtered(String sql, Filter filter) {
        return jdbc.sql(sql)
                .param("from", start(filter.from()))
                .param("to", filter.to() == null ? null : start(filter.to().plusDays(1)))
                .param(
                        "buyer",
                        filter.buyer() == null || filter.buyer().isBlank()
                                ? null
                                : filter.buyer().strip());
    }

    private static OffsetDateTime start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(MethodRules.THAILAND).toOffsetDateTime();
    }

    private static Release release(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Release(
                new Position(rs.getObject("date", OffsetDateTime.class), rs.getString("id")), rs.getString("release"));
    }
}
