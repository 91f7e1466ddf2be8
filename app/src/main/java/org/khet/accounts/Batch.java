package org.khet.accounts;

import java.util.List;

/**
 * Accounts just made, with the first-sign-in passwords still to hand over: the only place those passwords exist.
 * The sheet shows them once and the PDF is made from what that page sends back; nothing keeps them. {@code sent}
 * counts the accounts whose password went to their holder by their own channel instead (see {@link Handover}); their
 * slips are not here.
 */
record Batch(String areaName, List<Slip> slips, int skipped, int sent) {

    /** One account to hand over: which, where, to whom, and how to sign in the first time. */
    record Slip(
            long accountId,
            String place,
            String name,
            String position,
            String username,
            String password,
            String email) {}
}
