package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import org.khet.Api;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.context.ApplicationContext;

/**
 * An area office of its own for a test over HTTP: the office (letter prefix "ศธ 0" and the code), its schools each
 * with a prefix and a clerk, the office's director and a staff member, and the first school's director; each of
 * them with an API client of their own.
 */
final class CorrespondenceArea {

    final TestArea area;
    final String code;
    final KhetUser staff;
    final Api staffApi;
    final Api directorApi;
    final List<String> schools = new ArrayList<>();
    final List<Api> clerks = new ArrayList<>();
    final Api schoolDirector;
    final String staffName;

    CorrespondenceArea(ApplicationContext context, int port, String code, int schoolCount) {
        this.area = TestArea.open(context, code);
        this.code = code;
        Organisations organisations = context.getBean(Organisations.class);
        SchoolPrefixes prefixes = context.getBean(SchoolPrefixes.class);
        this.staffName = "staff." + code;
        this.staff = area.account(staffName, Role.AREA_STAFF, area.unit());
        area.account("director." + code, Role.AREA_DIRECTOR, null);
        this.staffApi = Api.asUser(port, staffName, TestArea.PASSWORD);
        this.directorApi = Api.asUser(port, "director." + code, TestArea.PASSWORD);
        long first = 0;
        for (int i = 1; i <= schoolCount; i++) {
            long id = area.school("000" + i, "โรงเรียนทดสอบ " + code + "-" + i);
            first = i == 1 ? id : first;
            prefixes.set(organisations.byId(area.id(), id), "ศธ 0" + code + "." + i, staff);
            area.account("clerk" + i + "." + code, Role.SCHOOL_CLERK, id);
            schools.add(code + "000" + i);
            clerks.add(Api.asUser(port, "clerk" + i + "." + code, TestArea.PASSWORD));
        }
        area.account("head1." + code, Role.SCHOOL_DIRECTOR, first);
        this.schoolDirector = Api.asUser(port, "head1." + code, TestArea.PASSWORD);
    }

    /** A letter from the office (a draft), as the API takes it. */
    static String letter(String from, String subject, boolean circular, String secrecy, String to) {
        return """
                {"from": "%s", "kind": "EXTERNAL", "subject": "%s", "body": "ข้อความของหนังสือ",
                 "urgency": "NORMAL", "secrecy": "%s", "circular": %s, "to": %s}""".formatted(from, subject, secrecy, circular, to);
    }
}
