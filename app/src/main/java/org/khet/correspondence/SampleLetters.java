package org.khet.correspondence;

import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.registry.Schools;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters for a demonstration area: every open school gets a letter prefix, the office sends a circular to all
 * schools and an urgent letter to one school, which that school accepts into its receipt register, and a draft waits
 * to be sent.
 */
@Component
public class SampleLetters {

    private final Organisations organisations;
    private final SchoolPrefixes prefixes;
    private final Letters letters;
    private final Receipts receipts;
    private final Schools schools;
    private final Accounts accounts;

    SampleLetters(
            Organisations organisations,
            SchoolPrefixes prefixes,
            Letters letters,
            Receipts receipts,
            Schools schools,
            Accounts accounts) {
        this.organisations = organisations;
        this.prefixes = prefixes;
        this.letters = letters;
        this.receipts = receipts;
        this.schools = schools;
        this.accounts = accounts;
    }

    /**
     * Loads the letters of area {@code areaCode}, sent by the office's {@code sender} and acknowledged by {@code
     * clerk} of the school {@code schoolCode} (usernames).
     */
    @Transactional
    public void load(String areaCode, String sender, String clerk, String schoolCode) {
        KhetUser staff = as(sender);
        Organisation office = organisations.byCode(areaCode).orElseThrow();
        for (var school : schools.openIn(office.areaId())) {
            prefixes.set(
                    organisations.byId(office.areaId(), school.id()),
                    office.prefix() + "." + school.code().substring(5),
                    staff);
        }
        long meeting = letters.draft(
                office,
                letter("EXTERNAL", "ขอเชิญประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570", "NORMAL", true, List.of()),
                staff);
        letters.send(meeting, staff);
        long survey = letters.draft(
                office,
                letter("EXTERNAL", "ขอให้รายงานข้อมูลนักเรียนพิการเรียนรวม", "URGENT", false, List.of(schoolCode)),
                staff);
        letters.send(survey, staff);
        letters.draft(office, letter("MEMO", "ขออนุมัติจัดอบรมครูผู้ช่วย", "NORMAL", false, List.of()), staff);
        Organisation school = organisations.byCode(schoolCode).orElseThrow();
        receipts.accept(receipts.of(survey, school, null).id(), as(clerk));
    }

    private KhetUser as(String username) {
        return accounts.signedIn(accounts.byUsername(username).orElseThrow());
    }

    private static LetterDraft letter(
            String kind, String subject, String urgency, boolean toAllSchools, List<String> schoolCodes) {
        return new LetterDraft(
                kind,
                null,
                subject,
                "ด้วยสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2 ขอแจ้งรายละเอียดตามเอกสารที่แนบมาพร้อมนี้",
                urgency,
                null,
                null,
                toAllSchools,
                false,
                toAllSchools,
                schoolCodes,
                null,
                null);
    }
}
