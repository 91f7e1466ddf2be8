package org.khet.bench;

import java.util.List;
import java.util.Random;

/**
 * Thai-looking personal and place names built from syllables. They are fictional by construction, so the registry
 * contains no one's real data, yet they have the lengths and the character mix (vowels above and below, tone marks)
 * that real names have, which matters for parsing, search and storage size.
 */
final class ThaiNames {

    private static final List<String> FIRST_START = List.of(
            "สม", "สุ", "ประ", "วิ", "อภิ", "ธนา", "กิตติ", "ศิริ", "พิม", "อรุณ", "จันทร์", "บุญ", "ทอง", "แสง",
            "ชุติ", "ปิยะ", "นิ", "รัช", "ณัฐ", "ภัทร", "อนุ", "วรา", "ธีร", "พงศ์", "มณี", "สายใจ", "กาญจน", "เพ็ญ",
            "อำ", "ไพ", "จิร", "ศุภ");
    private static final List<String> MALE_END = List.of(
            "ชาย", "ศักดิ์", "พงษ์", "ชัย", "เดช", "วุฒิ", "พล", "วัฒน์", "ศิลป์", "ยุทธ", "กร", "ภูมิ", "นนท์",
            "เกียรติ");
    private static final List<String> FEMALE_END = List.of(
            "ศรี", "วรรณ", "พร", "รัตน์", "มาลี", "ทิพย์", "จิต", "นภา", "ลักษณ์", "ปราณี", "วดี", "ธิดา", "กานต์",
            "ฤดี");
    private static final List<String> LAST = List.of(
            "ศรี", "สุข", "ทอง", "แก้ว", "บุญ", "มา", "ประ", "เสริฐ", "วงศ์", "สวัสดิ์", "ชัย", "รัตน", "พันธ์", "กุล",
            "จันทร์", "เพชร", "ดี", "งาม", "เจริญ", "ศักดิ์", "สกุล", "ไพ", "โรจน์", "สิทธิ์", "พร", "คำ", "มั่น",
            "ยืน", "ปัญญา", "วิเศษ", "อินทร์", "ทร", "เรือง", "นาค", "ภักดี");
    private static final List<String> PLACE_START = List.of(
            "หนอง", "โนน", "ดอน", "นา", "ห้วย", "โคก", "บ่อ", "ท่า", "วัง", "ป่า", "สระ", "หัว", "ทุ่ง", "บึง", "คลอง",
            "เขา", "ดง", "ไร่", "แม่", "ศรี", "บาง", "หาด");
    private static final List<String> PLACE_END = List.of(
            "แก", "บัว", "ใหญ่", "น้อย", "ยาง", "คำ", "ทอง", "สวรรค์", "จาน", "ไผ่", "ขาม", "แวง", "ตาล", "มะม่วง",
            "เตย", "ตะเคียน", "หิน", "ทราย", "แดง", "ขาว", "เหนือ", "ใต้", "กลาง", "โพธิ์", "ไทร", "งิ้ว", "สำราญ",
            "สะอาด", "หลวง", "เจริญ", "พัฒนา", "กระทุ่ม");
    private static final List<String> LATIN = List.of(
            "som", "chai", "sri", "pon", "wan", "ton", "nok", "pim", "ratt", "ana", "kit", "ti", "sak", "por", "nat",
            "thep", "mali", "suk", "bun", "kaew");

    private ThaiNames() {}

    static String firstName(Random rnd, boolean male) {
        return pick(rnd, FIRST_START) + pick(rnd, male ? MALE_END : FEMALE_END);
    }

    static String lastName(Random rnd) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + rnd.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            name.append(pick(rnd, LAST));
        }
        return name.toString();
    }

    /** A village, sub-district or district name such as หนองบัว or ดอนตะเคียน. */
    static String place(Random rnd) {
        return pick(rnd, PLACE_START) + pick(rnd, PLACE_END);
    }

    /** A lower-case Latin name part for e-mail addresses, which in practice rarely match the Thai name. */
    static String latin(Random rnd) {
        return pick(rnd, LATIN) + pick(rnd, LATIN);
    }

    static <T> T pick(Random rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }
}
