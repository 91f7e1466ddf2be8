package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A procurement as typed, on the form or in the API: checked whole by {@link DraftCheck} before anything is stored.
 * {@code fiscalYear} null means the fiscal year of the day it is created; {@code status} is read only on a change.
 */
public record ProcurementDraft(
        Integer fiscalYear,
        String title,
        String category,
        String method,
        boolean eCatalogue,
        BigDecimal budget,
        BigDecimal referencePrice,
        String referenceBasis,
        LocalDate tenderStart,
        LocalDate tenderEnd,
        String status,
        List<ItemDraft> items) {

    public ProcurementDraft {
        items = items == null ? List.of() : List.copyOf(items);
        title = strip(title);
        referenceBasis = strip(referenceBasis);
    }

    /** An item as typed; classification scheme and code are optional. */
    public record ItemDraft(
            String description, String scheme, String code, BigDecimal quantity, String unit, BigDecimal unitPrice) {

        public ItemDraft {
            description = strip(description);
            scheme = strip(scheme);
            code = strip(code);
            unit = strip(unit);
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
