package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.khet.shared.Bilingual;
import org.khet.shared.RejectedException;

/** An import's row errors come from messages*.properties in both languages, with rows written as in the file. */
class ImportErrorsTest {

    @Test
    void aRowErrorNamesRowAndColumnInBothLanguages() {
        ImportErrors errors = new ImportErrors();
        errors.add(1234, "school_code", Texts.of("import.cell.digits", 8, "12-3"));

        RejectedException e = catchThrowableOfType(RejectedException.class, errors::throwIfAny);

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(1234);
            assertThat(error.field()).isEqualTo("school_code");
            assertThat(error.message())
                    .isEqualTo(Bilingual.of(
                            "แถว 1234 คอลัมน์ school_code: ต้องเป็นตัวเลข 8 หลัก (พบ \"12-3\")",
                            "Row 1234, column school_code: must be 8 digits (found \"12-3\")"));
        });
        assertThat(e.reason())
                .isEqualTo(Bilingual.of(
                        "ไฟล์มีข้อผิดพลาด 1 รายการ ไม่มีข้อมูลใดถูกบันทึก",
                        "The file has 1 error(s); nothing was saved"));
    }

    @Test
    void errorsBeyondTheListedAreCountedAndSaidSo() {
        ImportErrors errors = new ImportErrors();
        for (int row = 2; row < ImportErrors.LISTED + 7; row++) {
            errors.add(row, "email", Texts.of("import.cell.email"));
        }

        RejectedException e = catchThrowableOfType(RejectedException.class, errors::throwIfAny);

        assertThat(e.errors()).hasSize(ImportErrors.LISTED + 1);
        assertThat(e.errors().get(ImportErrors.LISTED).message().en()).isEqualTo("and 5 more error(s) not listed");
        assertThat(e.reason().th())
                .isEqualTo(
                        "ไฟล์มีข้อผิดพลาด 1005 รายการ ไม่มีข้อมูลใดถูกบันทึก (แสดง 1000 รายการแรก ยังมีอีก 5 รายการ)");
    }

    @Test
    void aTextWithoutArgumentsKeepsItsApostrophe() {
        assertThat(Texts.of("registry.import.merger").en()).endsWith("on the school's page");
    }
}
