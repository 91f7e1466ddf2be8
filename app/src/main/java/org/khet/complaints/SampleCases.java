package org.khet.complaints;

import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.registry.PersonAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional cases for a demonstration area, at different steps, so the case list and its figures have something
 * to show: filed as the public and staff would, and moved by the demo's legal officer.
 */
@Component
public class SampleCases {

    private final Complaints complaints;
    private final CaseSteps steps;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final CaseSubjects subjects;
    private final PersonAccounts links;

    SampleCases(
            Complaints complaints,
            CaseSteps steps,
            Accounts accounts,
            JdbcClient jdbc,
            CaseSubjects subjects,
            PersonAccounts links) {
        this.links = links;
        this.subjects = subjects;
        this.complaints = complaints;
        this.steps = steps;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** Files the cases in the area {@code areaCode}; {@code legal} and {@code officer} are the demo's usernames. */
    @Transactional
    public void load(String areaCode, String legal, String officer, String schoolCode) {
        KhetUser centre = accounts.signedIn(accounts.byUsername(legal).orElseThrow());
        long personId = accounts.byUsername(officer).orElseThrow().id();
        Accounts.Officer person = accounts.officersIn(centre.homeArea().orElseThrow()).stream()
                .filter(o -> o.id() == personId && o.unitId() != null)
                .findFirst()
                .orElseThrow();
        long unit = person.unitId();
        file(
                areaCode,
                "TIP_OFF",
                "เรียกเก็บเงินค่าบำรุงการศึกษาเกินประกาศ",
                "ผู้ปกครองหลายคนถูกเรียกเก็บเงินคนละ 1,500 บาท โดยไม่มีใบเสร็จ",
                true,
                null,
                schoolCode,
                Channel.WEB);
        long help = file(
                areaCode,
                "HELP",
                "ขอความช่วยเหลือเรื่องทุนการศึกษา",
                "บุตรเรียนชั้น ป.5 ครอบครัวรายได้น้อย ขอทราบช่องทางขอทุน",
                false,
                "นางสาวตัวอย่าง ผู้ปกครอง",
                schoolCode,
                Channel.PHONE);
        steps.accept(help, version(help), told("รับเรื่องไว้พิจารณา จะแจ้งผลภายใน 30 วันทำการ"), centre);
        long conduct = file(
                areaCode,
                "STAFF_CONDUCT",
                "ครูมาสายเป็นประจำ",
                "ครูประจำชั้นมาถึงโรงเรียนหลัง 9 โมงเกือบทุกวัน",
                true,
                null,
                schoolCode,
                Channel.LETTER);
        steps.accept(conduct, version(conduct), ComplaintCase.Notes.NONE, centre);
        steps.assign(
                conduct,
                version(conduct),
                unit,
                person.id(),
                new ComplaintCase.Notes(null, "ตรวจสอบบันทึกการมาปฏิบัติราชการ"),
                centre);
        long unfair = file(
                areaCode,
                "UNFAIR",
                "การคัดเลือกนักเรียนเข้าห้องเรียนพิเศษไม่โปร่งใส",
                "ไม่ประกาศคะแนนสอบคัดเลือก",
                true,
                null,
                schoolCode,
                Channel.WEB);
        steps.accept(unfair, version(unfair), ComplaintCase.Notes.NONE, centre);
        steps.assign(unfair, version(unfair), unit, person.id(), ComplaintCase.Notes.NONE, centre);
        steps.investigate(unfair, version(unfair), ComplaintCase.Notes.NONE, centre);
        steps.answer(
                unfair, version(unfair), "โรงเรียนประกาศคะแนนและเกณฑ์คัดเลือกแล้ว", ComplaintCase.Notes.NONE, centre);
        steps.close(unfair, version(unfair), ComplaintCase.Notes.NONE, centre);
        long other = file(
                areaCode, "OTHER", "ถนนหน้าโรงเรียนชำรุด", "ขอให้ประสานซ่อมถนน", true, null, null, Channel.FACEBOOK);
        steps.decline(
                other, version(other), told("เป็นอำนาจขององค์การบริหารส่วนตำบล กรุณาติดต่อ อบต. ในพื้นที่"), centre);
        // A tip-off about the demo's personnel officer: the centre names them, so they cannot see it.
        long aboutOfficer = file(
                areaCode,
                "TIP_OFF",
                "เรียกรับเงินเพื่อพิจารณาย้าย",
                "มีผู้อ้างว่าเจ้าหน้าที่กลุ่มบริหารงานบุคคลรับเงินเพื่อให้ได้ย้ายกลับภูมิลำเนา",
                true,
                null,
                null,
                Channel.WEB);
        steps.accept(aboutOfficer, version(aboutOfficer), told("รับเรื่องไว้พิจารณา"), centre);
        links.personOf(personId).ifPresent(p -> subjects.name(aboutOfficer, p, centre));
        // One case nobody has screened for two weeks: it shows as overdue and is raised within the hour.
        long late = file(
                areaCode,
                "HELP",
                "ขอย้ายบุตรกลางภาคเรียน",
                "ย้ายที่ทำงานไปต่างจังหวัด",
                true,
                null,
                schoolCode,
                Channel.WALK_IN);
        jdbc.sql("""
                        update complaints.complaint set received_at = received_at - interval '14 days',
                               due_on = current_date - 7 where id = :id""").param("id", late).update();
    }

    private long file(
            String area,
            String category,
            String subject,
            String details,
            boolean anonymous,
            String name,
            String school,
            Channel channel) {
        var receipt = complaints.file(
                new Complaints.NewComplaint(
                        area,
                        category,
                        subject,
                        details,
                        anonymous,
                        name,
                        anonymous ? null : "0800000000",
                        null,
                        List.of(),
                        school,
                        "th"),
                channel);
        return jdbc.sql("select id from complaints.complaint where tracking_code = :c")
                .param("c", receipt.trackingCode())
                .query(Long.class)
                .single();
    }

    /** The case's version now: the demo takes each step on the case as the step before left it. */
    private int version(long id) {
        return jdbc.sql("select version from complaints.complaint where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private static ComplaintCase.Notes told(String publicNote) {
        return new ComplaintCase.Notes(publicNote, null);
    }
}
