package org.khet.shared;

import java.util.List;

/** Someone else changed the record since it was read; the API answers 409 and nothing is changed. */
public class ConflictException extends RejectedException {

    public ConflictException() {
        super(
                Bilingual.of(
                        "มีผู้อื่นแก้ไขข้อมูลนี้ก่อนคุณ กรุณาโหลดหน้าใหม่แล้วแก้ไขอีกครั้ง",
                        "Someone else changed this first; reload it and edit again"),
                List.of(FieldError.of(
                        "",
                        "มีผู้อื่นแก้ไขข้อมูลนี้ก่อนคุณ กรุณาโหลดหน้าใหม่แล้วแก้ไขอีกครั้ง",
                        "Someone else changed this first; reload it and edit again")));
    }

    /** A conflict with an existing record (a username taken), naming the field. */
    public ConflictException(FieldError error) {
        super(error.message(), List.of(error));
    }
}
