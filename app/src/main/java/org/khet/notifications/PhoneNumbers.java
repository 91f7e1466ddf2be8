package org.khet.notifications;

import org.khet.shared.RejectedException;

/** Thai mobile numbers as people type them ("081-222 3333", "+66 81 222 3333"), kept as ten digits. */
final class PhoneNumbers {

    private PhoneNumbers() {}

    /** The number in its plain form; null for none; rejected when it is not a Thai number. */
    static String normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s\\-().]", "");
        if (digits.startsWith("+66")) {
            digits = "0" + digits.substring(3);
        }
        if (!digits.matches("0\\d{8,9}")) {
            throw RejectedException.of(
                    "phone",
                    "หมายเลขโทรศัพท์ไม่ถูกต้อง ใส่ 9–10 หลักขึ้นต้นด้วย 0 เช่น 0812223333",
                    "Not a Thai phone number: 9–10 digits starting with 0, such as 0812223333");
        }
        return digits;
    }
}
