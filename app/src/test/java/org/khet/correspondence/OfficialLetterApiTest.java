package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A letter's official PDF over the API (area 6760): written with the form's blocks in JSON, downloaded by its sender
 * and by a recipient; refused to an organisation it was not sent to, a secret letter's to a clerk (not to the
 * director, whose read is logged), a type that has no official form, and anyone not signed in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialLetterApiTest extends IntegrationTest {

    private static final String BASE = "/api/v1/correspondence";
    private static final String PDF = "application/pdf";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    CorrespondenceArea office;

    @BeforeAll
    void anAreaOfItsOwn() {
        office = new CorrespondenceArea(context, port, "6760", 2);
    }

    @Test
    void anExternalLetterWrittenWithItsBlocksIsDownloadedAsItsOfficialPdfBySenderAndRecipient() throws IOException {
        String school = office.schools.get(0);
        long id = written("""
                {"from": "6760", "kind": "EXTERNAL", "subject": "ขอเชิญประชุม 6760", "body": "ขอเชิญประชุม",
                 "urgency": "MOST_URGENT", "secrecy": "NONE", "to": {"schools": ["%s"]},
                 "salutation": "ผู้อำนวยการโรงเรียนทดสอบ", "signatory_name": "นายทดสอบ ใจดี",
                 "signatory_position": "ผู้อำนวยการสำนักงานเขต", "contact": "กลุ่มอำนวยการ\\nโทร. 0 7461 2345",
                 "thai_digits": true}""".formatted(school));
        String number = office.staffApi
                .post(BASE + "/letters/" + id + "/send", "")
                .json()
                .get("number")
                .asString();

        Api.Download mine = office.staffApi.download(BASE + "/letters/" + id + "/pdf", PDF);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith(PDF);
        String text = text(mine.body());
        assertThat(text)
                .contains(org.khet.thai.ThaiDigits.toThai(number).replace(" ", ""))
                .contains("ผู้อำนวยการโรงเรียนทดสอบ", "(นายทดสอบใจดี)", "ด่วนที่สุด", "โทร.๐๗๔๖๑๒๓๔๕")
                .doesNotContainPattern("[0-9]");

        Api.Download theirs = office.clerks.get(0).download(BASE + "/letters/" + id + "/pdf?org=" + school, PDF);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(office.clerks
                        .get(1)
                        .download(BASE + "/letters/" + id + "/pdf", PDF)
                        .status())
                .as("a school it was not sent to is told it does not exist")
                .isEqualTo(404);
        assertThat(Api.anonymous(port)
                        .download(BASE + "/letters/" + id + "/pdf", PDF)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aSecretLettersPdfIsForItsReadersOnlyAndEachReadIsLogged() {
        String school = office.schools.get(0);
        long id = written("""
                {"from": "6760", "kind": "MEMO", "subject": "เรื่องลับ 6760", "body": "ข้อความลับ",
                 "urgency": "NORMAL", "secrecy": "SECRET", "to": {"schools": ["%s"]}}""".formatted(school));
        office.staffApi.post(BASE + "/letters/" + id + "/send", "");

        Api.Download clerk = office.clerks.get(0).download(BASE + "/letters/" + id + "/pdf?org=" + school, PDF);
        assertThat(clerk.status()).isEqualTo(403);
        int logged = reads(id);
        Api.Download director = office.schoolDirector.download(BASE + "/letters/" + id + "/pdf?org=" + school, PDF);
        assertThat(director.status()).isEqualTo(200);
        assertThat(reads(id)).isEqualTo(logged + 1);
    }

    @Test
    void aTypeWithoutAnOfficialFormIsRefused() {
        long id = written("""
                {"from": "6760", "kind": "DIRECTIVE", "form": "ORDER", "subject": "คำสั่ง 6760", "body": "ข้อความ",
                 "urgency": "NORMAL", "secrecy": "NONE", "to": {"all_schools": true}}""");
        Api.Download refused = office.staffApi.download(BASE + "/letters/" + id + "/pdf", PDF);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("หนังสือภายนอกและบันทึกข้อความ");
    }

    @Test
    void tooLongABlockIsRefusedFieldByFieldAndNothingIsKept() {
        long before = jdbc.sql("select count(*) from correspondence.letter where area_id = :a")
                .param("a", office.area.id())
                .query(Long.class)
                .single();
        Api.Response refused = office.staffApi.post(BASE + "/letters", """
                {"from": "6760", "kind": "EXTERNAL", "subject": "ยาว", "body": "ข้อความ", "to": {"all_schools": true},
                 "signatory_name": "%s"}""".formatted("ก".repeat(400)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("signatoryName");
        assertThat(jdbc.sql("select count(*) from correspondence.letter where area_id = :a")
                        .param("a", office.area.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private long written(String json) {
        Api.Response r = office.staffApi.post(BASE + "/letters", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private int reads(long letter) {
        return jdbc.sql("select count(*) from platform.audit_event where entity_type = 'letter' and entity_id = :id"
                        + " and action = 'VIEW'")
                .param("id", String.valueOf(letter))
                .query(Integer.class)
                .single();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        return new PdfTextExtractor(reader)
                .getTextFromPage(1)
                .replace("\u0e4d\u0e32", "\u0e33")
                .replaceAll("\\s+", "");
    }
}
