package org.khet.platform.web;

/** A Thai sentence for each HTTP error status Spring itself raises. */
final class StatusWording {

    private StatusWording() {}

    static String th(int status) {
        return switch (status) {
            case 400 -> "คำขอไม่ถูกต้อง กรุณาตรวจสอบข้อมูลที่ส่ง";
            case 404 -> "ไม่พบข้อมูลที่ขอ";
            case 405 -> "ไม่รองรับวิธีเรียกใช้นี้";
            case 406 -> "ไม่รองรับรูปแบบคำตอบที่ขอ";
            case 413 -> "ไฟล์หรือข้อมูลมีขนาดใหญ่เกินกำหนด";
            case 415 -> "ไม่รองรับชนิดข้อมูลที่ส่ง";
            default -> status >= 500 ? "ระบบขัดข้อง กรุณาลองใหม่" : "คำขอไม่สำเร็จ";
        };
    }
}
