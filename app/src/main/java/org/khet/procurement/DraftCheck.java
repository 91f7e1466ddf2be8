package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The rules a procurement's plan must keep, checked whole so that every wrong field is named at once: a title, a
 * category, a method the budget allows on the day the procurement was created (the bands in force that day, so a
 * later circular does not make an old record wrong), amounts positive with at most two decimals, a submission period
 * that ends after it starts, items with a description, quantity, unit and unit price. The reference price (ราคากลาง)
 * may exceed the budget: the regulation then lets the office add money, negotiate or cancel, and the record must
 * show the figure as set rather than refuse it (a red flag, later, is where it is questioned).
 */
@Component
class DraftCheck {

    static final int MAX_ITEMS = 200;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private final MethodRules rules;

    DraftCheck(MethodRules rules) {
        this.rules = rules;
    }

    /** Refuses {@code draft}, naming each wrong field, unless it is a plan created on {@code day} may have. */
    void check(ProcurementDraft draft, LocalDate day) {
        List<FieldError> errors = errors(draft, day);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("procurement.record.refused"), errors);
        }
    }

    /** What is wrong with {@code draft} on {@code day}, each field once; an error of field {@code method} naming a
     * known method says the budget's bands of that day did not allow it. */
    List<FieldError> errors(ProcurementDraft draft, LocalDate day) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.title().isEmpty() || draft.title().length() > 500) {
            errors.add(FieldError.of("title", Texts.of("procurement.record.title")));
        }
        if (category(draft.category()) == null) {
            errors.add(FieldError.of("category", Texts.of("procurement.record.category")));
        }
        int thisYear = FiscalYear.of(day).buddhistYear();
        if (draft.fiscalYear() != null && (draft.fiscalYear() < thisYear - 5 || draft.fiscalYear() > thisYear + 1)) {
            errors.add(FieldError.of(
                    "fiscal_year",
                    Texts.of(
                            "procurement.record.fiscalYear",
                            String.valueOf(thisYear - 5),
                            String.valueOf(thisYear + 1))));
        }
        boolean budgetOk = amount(draft.budget());
        if (!budgetOk) {
            errors.add(FieldError.of("budget", Texts.of("procurement.record.budget")));
        }
        if (draft.referencePrice() != null && !amount(draft.referencePrice())) {
            errors.add(FieldError.of("reference_price", Texts.of("procurement.record.referencePrice")));
        }
        if (draft.referenceBasis().length() > 2000) {
            errors.add(FieldError.of("reference_basis", Texts.of("procurement.record.referenceBasis")));
        }
        method(draft, day, budgetOk, errors);
        if (draft.tenderStart() != null
                && draft.tenderEnd() != null
                && draft.tenderEnd().isBefore(draft.tenderStart())) {
            errors.add(FieldError.of("tender_end", Texts.of("procurement.record.period")));
        }
        items(draft.items(), errors);
        return errors;
    }

    private void method(ProcurementDraft draft, LocalDate day, boolean budgetOk, List<FieldError> errors) {
        Method method = Method.named(draft.method()).orElse(null);
        if (method == null) {
            errors.add(FieldError.of("method", Texts.of("procurement.record.method")));
        } else if (budgetOk && !rules.allows(method, draft.budget(), draft.eCatalogue(), day)) {
            String allowed = rules.allowing(draft.budget(), draft.eCatalogue(), day).stream()
                    .map(r -> r.method())
                    .distinct()
                    .map(m -> m.label().th() + " (" + m.label().en() + ")")
                    .collect(Collectors.joining(", "));
            errors.add(FieldError.of(
                    "method",
                    Texts.of(
                            "procurement.record.methodNotAllowed",
                            method.label().th(),
                            draft.budget(),
                            allowed)));
        }
    }

    private static void items(List<ProcurementDraft.ItemDraft> items, List<FieldError> errors) {
        if (items.size() > MAX_ITEMS) {
            errors.add(FieldError.of("items", Texts.of("procurement.record.items", MAX_ITEMS)));
        }
        for (int i = 0; i < items.size(); i++) {
            ProcurementDraft.ItemDraft item = items.get(i);
            String at = "items[" + i + "].";
            if (item.description().isEmpty() || item.description().length() > 1000) {
                errors.add(FieldError.of(at + "description", Texts.of("procurement.item.description", i + 1)));
            }
            if (item.quantity() == null
                    || item.quantity().signum() <= 0
                    || item.quantity().stripTrailingZeros().scale() > 3) {
                errors.add(FieldError.of(at + "quantity", Texts.of("procurement.item.quantity", i + 1)));
            }
            if (item.unit().isEmpty() || item.unit().length() > 50) {
                errors.add(FieldError.of(at + "unit", Texts.of("procurement.item.unit", i + 1)));
            }
            if (item.unitPrice() == null
                    || item.unitPrice().signum() < 0
                    || item.unitPrice().stripTrailingZeros().scale() > 2
                    || item.unitPrice().compareTo(MAX_AMOUNT) > 0) {
                errors.add(FieldError.of(at + "unit_price", Texts.of("procurement.item.unitPrice", i + 1)));
            }
        }
    }

    /** A positive number of baht with at most two decimals (satang). */
    static boolean amount(BigDecimal value) {
        return value != null
                && value.signum() > 0
                && value.stripTrailingZeros().scale() <= 2
                && value.compareTo(MAX_AMOUNT) <= 0;
    }

    static Procurement.Category category(String name) {
        return Arrays.stream(Procurement.Category.values())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
