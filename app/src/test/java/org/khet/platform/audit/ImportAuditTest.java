package org.khet.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.AdminApiTest;
import org.khet.thai.ThaiNationalId;

/**
 * Imports of schools, people and results through the API are each audited as one event holding the rows they
 * changed, with before and after; an import that changed nothing is still one event, with no rows.
 */
class ImportAuditTest extends AdminApiTest {

    @BeforeEach
    void areas() {
        for (String code : List.of("8531", "8532")) {
            if (jdbc.sql("select count(*) from registry.area where code = :c")
                            .param("c", code)
                            .query(Long.class)
                            .single()
                    == 0) {
                admin.post(
                        "/api/v1/areas",
                        "{\"code\":\"%s\",\"name_th\":\"สพป.ตรวจนำเข้า %s\",\"name_en\":\"Import Audit %s\",\"letter_prefix\":\"ศธ 04%s\"}"
                                .formatted(code, code, code, code.substring(1)));
            }
        }
    }

    @Test
    void aSchoolImportAcrossTwoAreasIsOneEventWithEveryChangedRow() {
        String file = """
                area_code,school_code,name_th,network,amphoe,tambon,students
                8531,85310101,โรงเรียนตรวจหนึ่ง,เครือข่ายตรวจ,เมือง,หนึ่ง,95
                8531,85310102,โรงเรียนตรวจสอง,เครือข่ายตรวจ,เมือง,สอง,310
                8532,85320101,โรงเรียนตรวจสาม,เครือข่ายตรวจสาม,เมือง,สาม,40
                """;
        long before = events();
        assertThat(upload("/api/v1/schools/import", file).json().get("created").asInt())
                .isEqualTo(3);
        assertThat(events()).as("one event for the whole import").isEqualTo(before + 1);
        Map<String, Object> event = lastImport("school");
        assertThat(event.get("change_count"))
                .as("three schools and their students")
                .isEqualTo(6);
        assertThat(event.get("area_id")).as("the import spans two areas").isNull();
        assertThat(changes(event, "school"))
                .extracting(c -> c.get("id") + ":" + c.get("created"))
                .containsExactly("85310101:true", "85310102:true", "85320101:true");

        String changed = file.replace(
                "โรงเรียนตรวจสอง,เครือข่ายตรวจ,เมือง,สอง,310", "โรงเรียนตรวจสองใหม่,เครือข่ายตรวจ,เมือง,สอง,320");
        var report = upload("/api/v1/schools/import", changed).json();
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        Map<String, Object> update = lastImport("school");
        assertThat(update.get("change_count")).isEqualTo(2);
        assertThat(changes(update, "school")).singleElement().satisfies(c -> {
            assertThat(c.get("id")).isEqualTo("85310102");
            assertThat((String) c.get("before")).contains("\"โรงเรียนตรวจสอง\"");
            assertThat((String) c.get("after")).contains("\"โรงเรียนตรวจสองใหม่\"");
        });
        assertThat(changes(update, "enrolment")).singleElement().satisfies(c -> {
            assertThat((String) c.get("before")).contains("310");
            assertThat((String) c.get("after")).contains("320");
        });

        upload("/api/v1/schools/import", changed);
        Map<String, Object> unchanged = lastImport("school");
        assertThat(unchanged.get("change_count")).isEqualTo(0);
        assertThat((String) unchanged.get("summary")).contains("created 0, updated 0");
    }

    @Test
    void aPeopleImportIsOneEventInItsAreaWithoutNationalIds() {
        upload(
                "/api/v1/schools/import",
                "area_code,school_code,name_th,network,amphoe,tambon,students\n"
                        + "8531,85310201,โรงเรียนตรวจบุคลากร,เครือข่ายตรวจ,เมือง,สี่,120\n");
        String a = ThaiNationalId.withCheckDigit("853100000010");
        String b = ThaiNationalId.withCheckDigit("853100000020");
        String file = """
                area_code,national_id,title,first_name_th,last_name_th,position,academic_standing,school_code,unit_code,phone
                8531,%s,นาง,ตรวจ,นำเข้าหนึ่ง,ครู,ชำนาญการ,85310201,,
                8531,%s,นาย,ตรวจ,นำเข้าสอง,ครู,,85310201,,
                """.formatted(a, b);
        var first = upload("/api/v1/people/import", file);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Map<String, Object> event = lastImport("person");
        assertThat(event.get("change_count")).isEqualTo(2);
        assertThat(event.get("area_id")).isEqualTo(areaId("8531"));
        assertThat((String) event.get("changes")).doesNotContain(a).doesNotContain(b);

        upload("/api/v1/people/import", file.replace("นำเข้าสอง", "นำเข้าสองเปลี่ยน"));
        assertThat(changes(lastImport("person"), "person")).singleElement().satisfies(c -> {
            assertThat((String) c.get("before")).contains("นำเข้าสอง\"");
            assertThat((String) c.get("after")).contains("นำเข้าสองเปลี่ยน");
        });
    }

    @Test
    void aResultImportIsOneEventHoldingWhatItReplaced() {
        upload(
                "/api/v1/schools/import",
                "area_code,school_code,name_th,network,amphoe,tambon,students\n"
                        + "8531,85310301,โรงเรียนตรวจผล,เครือข่ายตรวจ,เมือง,ห้า,120\n");
        String results = "academic_year,exam,grade,school_code,subject,examinees,mean,sd\n"
                + "2566,ONET,P6,85310301,MATH,20,41.500,10.1\n"
                + "2566,ONET,P6,85310301,THAI,20,55.000,9.0\n";
        assertThat(upload("/api/v1/achievement/imports", results).status()).isEqualTo(200);
        Map<String, Object> created = lastImport("exam_result");
        assertThat(created.get("change_count"))
                .as("a creation replaces nothing")
                .isEqualTo(0);
        assertThat((String) created.get("summary")).contains("created 2");

        upload("/api/v1/achievement/imports", results.replace("41.500", "43.250"));
        Map<String, Object> replaced = lastImport("exam_result");
        assertThat(replaced.get("change_count")).isEqualTo(1);
        assertThat(changes(replaced, "school_result")).singleElement().satisfies(c -> {
            assertThat((String) c.get("before")).contains("41.5");
            assertThat((String) c.get("after")).contains("43.25");
        });
    }

    private long events() {
        return jdbc.sql("select count(*) from platform.audit_event")
                .query(Long.class)
                .single();
    }

    private Long areaId(String code) {
        return jdbc.sql("select id from registry.area where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> lastImport(String type) {
        return jdbc.sql("""
                        select id, area_id, change_count, summary, changes::text as changes from platform.audit_event
                        where action = 'IMPORT' and entity_type = :t order by id desc limit 1""").param("t", type).query().singleRow();
    }

    /** The event's rows of one record type: id, whether created, before and after. */
    private List<Map<String, Object>> changes(Map<String, Object> event, String type) {
        return jdbc.sql("""
                        select x ->> 'id' as id, x -> 'before' = 'null' or x -> 'before' is null as created,
                               (x -> 'before')::text as before, (x -> 'after')::text as after
                        from platform.audit_event e, jsonb_array_elements(e.changes) x
                        where e.id = :id and x ->> 'type' = :t order by x ->> 'id'""")
                .param("id", event.get("id"))
                .param("t", type)
                .query()
                .listOfRows();
    }

    private org.khet.Api.Response upload(String path, String csv) {
        return admin.upload(path, "file.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
