package org.khet.registry;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/** What a new area office must have before it is created. */
final class AreaRules {

    private AreaRules() {}

    static void check(Areas.NewArea a) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(a.code()) || !a.code().strip().matches("[0-9A-Za-z]{2,16}")) {
            errors.add(FieldError.of("code", Texts.of("registry.areaRules.areaCodeMust2")));
        }
        if (blank(a.nameTh())) {
            errors.add(FieldError.of("name_th", Texts.of("registry.areaRules.thaiNameRequired")));
        }
        if (blank(a.nameEn())) {
            errors.add(FieldError.of("name_en", Texts.of("registry.areaRules.englishNameRequired")));
        }
        if (blank(a.letterPrefix()) || !a.letterPrefix().strip().matches("\\p{IsThai}{1,4}\\.? ?[0-9.]{2,12}")) {
            errors.add(FieldError.of("letter_prefix", Texts.of("registry.areaRules.letterPrefixMustLook")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("registry.areaRules.invalidAreaOffice"), errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
