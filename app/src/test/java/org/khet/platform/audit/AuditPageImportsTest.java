package org.khet.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.AdminApiTest;
import org.khet.WebSession;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The audit page answers "what happened to this school?" with the import that changed it, opens an import's rows a
 * page at a time, and shows an area's reader only their area's rows of an import that spans areas.
 */
class AuditPageImportsTest extends AdminApiTest {

    private static final String READER = "audit.reader.8533";
    private static final String READER_PASSWORD = "Audit-reader-2569-long";

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void areasAndReader() {
        for (String code : List.of("8533", "8534")) {
            if (areaId(code) == null) {
                admin.post(
                        "/api/v1/areas",
                        "{\"code\":\"%s\",\"name_th\":\"สพป.หน้าตรวจ %s\",\"name_en\":\"Audit Page %s\",\"letter_prefix\":\"ศธ 04%s\"}"
                                .formatted(code, code, code, code.substring(1)));
            }
        }
        if (!accounts.exists(READER)) {
            accounts.create(
                    READER,
                    "ผู้อำนวยการ สพป.หน้าตรวจ 8533",
                    null,
                    READER_PASSWORD,
                    List.of(new RoleGrant(Role.AREA_DIRECTOR, areaId("8533"), null, null)));
        }
    }

    @Test
    void aSchoolsChangeIsFoundInItsImportAndTheRowsArePaged() {
        StringBuilder file = new StringBuilder("area_code,school_code,name_th,network,amphoe,tambon,students\n");
        for (int i = 1; i <= 60; i++) {
            file.append("8533,853301%02d,โรงเรียนหน้าตรวจ%d,เครือข่ายหน้าตรวจ,เมือง,ตำบล%d,%d\n"
                    .formatted(i, i, i, 50 + i));
        }
        assertThat(upload(file.toString()).status()).isEqualTo(200);
        long event = lastImport();
        WebSession web = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);

        String found = web.get("/audit?what=85330107").body();
        assertThat(found)
                .contains("/audit/" + event + "/changes?record=85330107")
                .contains("เปลี่ยน 120 รายการ");

        assertThat(rows(web.get("/audit/" + event + "/changes").body())).hasSize(50);
        assertThat(web.get("/audit/" + event + "/changes").body()).contains("page=1");
        assertThat(rows(web.get("/audit/" + event + "/changes?page=2").body())).hasSize(20);
        assertThat(rows(web.get("/audit/" + event + "/changes?page=99999999999").body()))
                .as("past the end, the last page")
                .hasSize(20);
        String one = web.get("/audit/" + event + "/changes?record=85330107").body();
        assertThat(rows(one)).containsExactly("school 85330107");
        assertThat(one).contains("โรงเรียนหน้าตรวจ7");
    }

    @Test
    void anAreasReaderOpensOnlyTheirAreasRowsOfAnImportAcrossAreas() {
        String file = """
                area_code,school_code,name_th,network,amphoe,tambon,students
                8533,85330201,โรงเรียนสองเขตหนึ่ง,เครือข่ายสองเขต,เมือง,หนึ่ง,70
                8534,85340201,โรงเรียนสองเขตสอง,เครือข่ายสองเขตสอง,เมือง,สอง,80
                """;
        assertThat(upload(file).status()).isEqualTo(200);
        long event = lastImport();

        WebSession reader = WebSession.signedIn(port, READER, READER_PASSWORD);
        assertThat(reader.get("/audit?what=85330201").body()).contains("/audit/" + event + "/changes");
        String opened = reader.get("/audit/" + event + "/changes").body();
        assertThat(rows(opened)).containsExactly("school 85330201", "enrolment 85330201/" + year());

        TestArea another = TestArea.open(context, "6419");
        another.account("director.6419", READER_PASSWORD, another.areaRole(Role.AREA_DIRECTOR));
        WebSession otherArea = WebSession.signedIn(port, "director.6419", READER_PASSWORD);
        assertThat(otherArea.get("/audit?what=85330201").body()).doesNotContain("/audit/" + event + "/changes");
        assertThat(otherArea.get("/audit/" + event + "/changes").statusCode()).isEqualTo(404);
    }

    /** The record cells of the rows an import page shows. */
    private static List<String> rows(String html) {
        return Pattern.compile("<td class=\"text-nowrap\">([^<]+)</td>")
                .matcher(html)
                .results()
                .map(m -> m.group(1).strip())
                .toList();
    }

    private String year() {
        return jdbc.sql(
                        "select max(academic_year)::text from registry.enrolment e join registry.school s on s.id = e.school_id "
                                + "where s.code = '85330201'")
                .query(String.class)
                .single();
    }

    private long lastImport() {
        return jdbc.sql("select max(id) from platform.audit_event where action = 'IMPORT' and entity_type = 'school'")
                .query(Long.class)
                .single();
    }

    private Long areaId(String code) {
        return jdbc.sql("select id from registry.area where code = :c")
                .param("c", code)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private org.khet.Api.Response upload(String csv) {
        return admin.upload("/api/v1/schools/import", "schools.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
