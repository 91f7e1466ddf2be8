package org.khet.questions;

import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions of the public Q&A for a demonstration area: three asked as the public would and answered by the demo's
 * personnel officer, one still waiting on the desk.
 */
@Component
public class SampleQuestions {

    private final Questions questions;
    private final Accounts accounts;

    SampleQuestions(Questions questions, Accounts accounts) {
        this.questions = questions;
        this.accounts = accounts;
    }

    /** Asks and answers the questions in the area {@code areaCode}; {@code officer} is the answerer's username. */
    @Transactional
    public void load(String areaCode, String officer) {
        KhetUser answerer = accounts.signedIn(accounts.byUsername(officer).orElseThrow());
        answered(
                areaCode,
                "TRANSFER",
                "ครูผู้ช่วยขอย้ายได้เมื่อใด",
                "ครูผู้ช่วยยังไม่มีสิทธิ์ยื่นคำร้องขอย้ายจนกว่าจะได้รับการแต่งตั้งให้ดำรงตำแหน่งครู"
                        + " และปฏิบัติงานในสถานศึกษาปัจจุบันครบตามหลักเกณฑ์ที่ ก.ค.ศ. กำหนด",
                answerer);
        answered(
                areaCode,
                "PROMOTION",
                "ยื่นขอมีวิทยฐานะชำนาญการพิเศษต้องเตรียมเอกสารอะไรบ้าง",
                "ยื่นผ่านระบบ DPA พร้อมผลการพัฒนางานตามข้อตกลง (PA) ย้อนหลังตามหลักเกณฑ์"
                        + " กลุ่มบริหารงานบุคคลตรวจสอบคุณสมบัติก่อนเสนอคณะกรรมการ",
                answerer);
        answered(
                areaCode,
                "APPOINTMENT",
                "ประกาศผลการสอบแข่งขันครูผู้ช่วยดูได้ที่ไหน",
                "ประกาศที่สำนักงานเขตพื้นที่การศึกษาและบนเว็บไซต์ของสำนักงานเขต",
                answerer);
        questions.ask(areaCode, "TRANSFER", "ย้ายกรณีพิเศษเพื่อดูแลบิดามารดาที่ป่วย ต้องใช้เอกสารใด");
    }

    private void answered(String areaCode, String topic, String question, String answer, KhetUser by) {
        long id = questions.ask(areaCode, topic, question);
        questions.answer(id, 0, question, answer, by);
    }
}
