package org.khet.procurement;

import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.registry.Areas;
import org.khet.thai.ThaiNationalId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers for a demonstration area, fictional (their tax IDs are made with a valid check digit and belong to
 * no one): three companies and a shop kept by a person, whose tax ID is shown masked to those who do not keep the list.
 */
@Component
public class SampleSuppliers {

    private final Suppliers suppliers;
    private final Accounts accounts;
    private final Areas areas;

    SampleSuppliers(Suppliers suppliers, Accounts accounts, Areas areas) {
        this.suppliers = suppliers;
        this.accounts = accounts;
        this.areas = areas;
    }

    /** Adds the suppliers to area {@code areaCode}'s list as {@code clerk} (a username who keeps it). */
    @Transactional
    public void load(String areaCode, String clerk) {
        KhetUser by = accounts.signedIn(accounts.byUsername(clerk).orElseThrow());
        long area = areas.byCode(areaCode).orElseThrow().id();
        add(
                area,
                "093555000001",
                "บริษัท พัทลุงเครื่องเขียนและครุภัณฑ์ จำกัด",
                "ถนนราเมศวร์ ตำบลคูหาสวรรค์ อำเภอเมือง จังหวัดพัทลุง",
                List.of("นายวิชัย ศรีพัทลุง", "นางสาวมาลี ศรีพัทลุง"),
                by);
        add(
                area,
                "093555000002",
                "ห้างหุ้นส่วนจำกัด ควนขนุนการก่อสร้าง",
                "ตำบลมะกอกเหนือ อำเภอควนขนุน จังหวัดพัทลุง",
                List.of("นายสมบัติ ทองควน"),
                by);
        add(
                area,
                "093555000003",
                "บริษัท ทะเลน้อยไอที จำกัด",
                "ตำบลทะเลน้อย อำเภอควนขนุน จังหวัดพัทลุง",
                List.of("นายอนันต์ ใจดี", "นายวิชัย ศรีพัทลุง"),
                by);
        add(area, "393010000001", "ร้านบ้านนาพาณิชย์", "ตำบลนาขยาด อำเภอควนขนุน จังหวัดพัทลุง", List.of(), by);
    }

    private void add(long area, String first12, String name, String address, List<String> directors, KhetUser by) {
        suppliers.add(area, new Suppliers.Draft(ThaiNationalId.withCheckDigit(first12), name, address, directors), by);
    }
}
