package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khet.shared.RejectedException;

class TabularFileTest {

    @Test
    void readsUtf8WithBomTrimmingNamesAndValuesAndSkippingBlankLines() {
        byte[] csv = "\uFEFF School_Code , Name_TH\n 93020001 , โรงเรียนบ้านแม่ขรี \n\n,\n93020002,\"บ้าน, หนึ่ง\"\n"
                .getBytes(StandardCharsets.UTF_8);
        TabularFile file = TabularFile.read(csv);
        assertThat(file.columns()).containsExactly("school_code", "name_th");
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).get("name_th")).isEqualTo("โรงเรียนบ้านแม่ขรี");
        assertThat(file.rows().get(1).number()).isEqualTo(5);
        assertThat(file.rows().get(1).get("name_th")).isEqualTo("บ้าน, หนึ่ง");
        assertThat(file.rows().get(1).get("missing")).isEmpty();
    }

    @Test
    void readsThaiWindowsEncoding() {
        byte[] csv = "name_th\nโรงเรียนวัดควนขนุน\n".getBytes(Charset.forName("x-windows-874"));
        assertThat(TabularFile.read(csv).rows().get(0).get("name_th")).isEqualTo("โรงเรียนวัดควนขนุน");
    }

    @Test
    void refusesEmptyAndUnreadableFilesInBothLanguages() {
        assertThatThrownBy(() -> TabularFile.read(new byte[0]))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("ไฟล์ว่างเปล่า")
                .hasMessageContaining("empty");
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> TabularFile.read(brokenZip))
                .isInstanceOf(RejectedException.class)
                .extracting(
                        e -> ((RejectedException) e).errors().get(0).message().en())
                .asString()
                .contains("Excel");
    }
}
