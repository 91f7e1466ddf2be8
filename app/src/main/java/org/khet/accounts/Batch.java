package org.khet.accounts;

import java.util.List;

/**
 * Accounts just made, with their first-sign-in passwords: the only place the passwords exist. The sheet shows them
 * once and the PDF is made from what that page sends back; nothing keeps them. A sender by the person's own channel
 * (e-mail, SMS, LINE from the notifications module) would take the slips of this batch from
 * {@link AreaAccountPages} where the sheet is shown, and hand each person their own.
 */
record Batch(String areaName, List<Slip> slips, int skipped) {

    /** One account to hand over: where, to whom, and how to sign in the first time. */
    record Slip(String place, String name, String position, String username, String password, String email) {}
}
