package org.khet.complaints;

import java.util.List;
import java.util.Locale;
import org.khet.shared.FieldError;

/**
 * How a named complainant can be reached: a name, a phone number or an e-mail address (at least one), and the
 * channels they chose to be told of progress by, each needing its address.
 */
record ComplainantContact(String name, String phone, String email, List<String> notifyBy) {

    private static final List<String> NOTIFY = List.of("EMAIL", "SMS");

    /** The contact a complaint gives, tidied; every problem is added to {@code errors} in Thai and English. */
    static ComplainantContact checked(Complaints.NewComplaint c, List<FieldError> errors) {
        String name = c.name() == null ? "" : c.name().strip();
        String phone = org.khet.thai.ThaiPhoneNumbers.plain(c.phone());
        String email = c.email() == null ? "" : c.email().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(FieldError.of(
                    "name", "กรุณากรอกชื่อ หรือเลือกไม่ระบุตัวตน", "Give your name, or choose to stay anonymous"));
        }
        if (!phone.isEmpty() && !org.khet.thai.ThaiPhoneNumbers.isValid(phone)) {
            errors.add(FieldError.of(
                    "phone",
                    "เบอร์โทรศัพท์ต้องเป็นตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0",
                    "A phone number is 9–10 digits from 0"));
        }
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("email", "อีเมลไม่ถูกต้อง", "The e-mail address is not valid"));
        }
        if (phone.isEmpty() && email.isEmpty()) {
            errors.add(FieldError.of(
                    "phone",
                    "กรุณาให้เบอร์โทรศัพท์หรืออีเมลเพื่อติดต่อกลับ",
                    "Give a phone number or an e-mail address to be reached"));
        }
        List<String> notify = notifyBy(c.notifyBy());
        checkChannels(notify, phone, email, errors);
        return new ComplainantContact(name, phone.isEmpty() ? null : phone, email.isEmpty() ? null : email, notify);
    }

    private static List<String> notifyBy(List<String> chosen) {
        return chosen == null
                ? List.of()
                : chosen.stream()
                        .map(n -> n.strip().toUpperCase(Locale.ROOT))
                        .distinct()
                        .toList();
    }

    private static void checkChannels(List<String> notify, String phone, String email, List<FieldError> errors) {
        for (String n : notify) {
            if (!NOTIFY.contains(n)) {
                errors.add(
                        FieldError.of("notifyBy", "แจ้งผลได้ทาง EMAIL หรือ SMS", "Progress is sent by EMAIL or SMS"));
            } else if (n.equals("EMAIL") && email.isEmpty()) {
                errors.add(FieldError.of("email", "ต้องมีอีเมลเพื่อรับแจ้งทางอีเมล", "An e-mail address is needed"));
            } else if (n.equals("SMS") && phone.isEmpty()) {
                errors.add(
                        FieldError.of("phone", "ต้องมีเบอร์โทรศัพท์เพื่อรับ SMS", "A phone number is needed for SMS"));
            }
        }
    }
}
