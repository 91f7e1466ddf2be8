package org.khet.procurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** An imported plan beside Khet's: whether they say the same, amounts compared by value (40 and 40.000 alike). */
final class ImportedPlan {

    private ImportedPlan() {}

    /** What the package cannot say is kept as Khet has it: whether the goods are in the e-catalogue, the price's basis. */
    static ProcurementDraft kept(ProcurementDraft d, Procurement existing) {
        return new ProcurementDraft(
                null,
                d.title(),
                d.category(),
                d.method(),
                existing.eCatalogue(),
                d.budget(),
                d.referencePrice(),
                existing.referenceBasis(),
                d.tenderStart(),
                d.tenderEnd(),
                null,
                d.items());
    }

    static boolean same(Procurement p, ProcurementDraft d, Procurement.Status status) {
        List<Procurement.Item> items = d.items().stream()
                .map(i -> new Procurement.Item(
                        i.description(), i.scheme(), i.code(), i.quantity(), i.unit(), i.unitPrice()))
                .toList();
        return p.title().equals(d.title())
                && p.category().name().equals(d.category())
                && p.method().name().equals(d.method())
                && same(p.budget(), d.budget())
                && same(p.referencePrice(), d.referencePrice())
                && Objects.equals(p.tenderStart(), d.tenderStart())
                && Objects.equals(p.tenderEnd(), d.tenderEnd())
                && p.status() == status
                && sameItems(p.items(), items);
    }

    private static boolean sameItems(List<Procurement.Item> a, List<Procurement.Item> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Procurement.Item x = a.get(i);
            Procurement.Item y = b.get(i);
            if (!x.description().equals(y.description())
                    || !x.scheme().equals(y.scheme())
                    || !x.code().equals(y.code())
                    || !same(x.quantity(), y.quantity())
                    || !x.unit().equals(y.unit())
                    || !same(x.unitPrice(), y.unitPrice())) {
                return false;
            }
        }
        return true;
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
