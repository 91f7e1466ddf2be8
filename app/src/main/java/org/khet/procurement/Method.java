package org.khet.procurement;

import java.util.Arrays;
import java.util.Optional;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * The procurement methods of the 2560 act, with the OCDS method each maps to (the guidance's mapping: e-bidding and
 * e-market are open, selection limited, specific direct; price inquiry is open too, as it is advertised).
 */
public enum Method {
    SPECIFIC("direct"),
    SELECTION("limited"),
    E_MARKET("open"),
    E_BIDDING("open"),
    PRICE_INQUIRY("open");

    private final String ocds;

    Method(String ocds) {
        this.ocds = ocds;
    }

    /** The OCDS {@code procurementMethod} code. */
    public String ocds() {
        return ocds;
    }

    /** Its Thai and English names, as OCDS's {@code procurementMethodDetails} gives them. */
    public Bilingual label() {
        return Texts.of("procurement.method." + name());
    }

    static Optional<Method> named(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
