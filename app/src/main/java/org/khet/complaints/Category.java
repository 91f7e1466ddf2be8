package org.khet.complaints;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;

/**
 * What a case is, as the seed's service centre sorts them: the five kinds of complaint (งานรับเรื่องร้องเรียน) and
 * the centre's other services, which ride the same intake, deadlines and tracking.
 */
enum Category {
    UNFAIR(false),
    HELP(false),
    TIP_OFF(false),
    STAFF_CONDUCT(false),
    OTHER(false),
    /** บริการเบ็ดเสร็จ ณ จุดเดียว */
    ONE_STOP_SERVICE(true),
    /** ขอข้อมูลข่าวสารตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540 */
    INFORMATION_REQUEST(true),
    /** ขอคำปรึกษา */
    CONSULTATION(true),
    /** ข้อคิดเห็นและข้อเสนอแนะ */
    SUGGESTION(true);

    private final boolean service;

    Category(boolean service) {
        this.service = service;
    }

    boolean service() {
        return service;
    }

    static List<Category> complaints() {
        return Arrays.stream(values()).filter(c -> !c.service).toList();
    }

    static List<Category> services() {
        return Arrays.stream(values()).filter(Category::service).toList();
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }

    /**
     * The category a complainant chose, or null with a Thai and English error: a person who chose nothing is asked to
     * choose, a program that sent an unknown code is told the codes.
     */
    static Category chosen(String value, List<FieldError> errors) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        try {
            return valueOf(code);
        } catch (IllegalArgumentException e) {
            String codes = code.isEmpty() ? "" : " (" + codes() + ")";
            errors.add(FieldError.of("category", Texts.of("complaints.category.choose", codes)));
            return null;
        }
    }
}
