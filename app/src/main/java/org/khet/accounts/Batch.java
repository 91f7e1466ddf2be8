package org.khet.accounts;

import java.util.List;
import org.khet.notifications.Destination;

/**
 * Accounts just made, with the first-sign-in passwords still to hand over: the only place those passwords exist.
 * The sheet shows them once and the PDF is made from what that page sends back; nothing keeps them. {@code sent}
 * are the accounts whose password went to their holder by their own channel instead (see {@link Handover}), with
 * where it went, masked; their slips are not here. {@code keptShared} are those whose slips stay on the sheet
 * although they have an address, because another person or account has it too.
 */
record Batch(String areaName, List<Slip> slips, int skipped, List<Handed> sent, List<Handed> keptShared) {

    /** Accounts just made, every password still on the sheet. */
    static Batch made(String areaName, List<Slip> slips, int skipped) {
        return new Batch(areaName, slips, skipped, List.of(), List.of());
    }

    /** One account to hand over: which, where, to whom, and how to sign in the first time. */
    record Slip(
            long accountId,
            String place,
            String name,
            String position,
            String username,
            String password,
            String email) {

        /** Never the password nor the address: a record's default string would put them in whatever logs it. */
        @Override
        public String toString() {
            return "Slip[account " + accountId + " " + username + "]";
        }
    }

    /** Where an account's first password went (or would have gone), masked, for the office to see. */
    record Handed(String place, String name, String username, List<Destination> to) {

        Handed(Slip s, List<Destination> to) {
            this(s.place(), s.name(), s.username(), to);
        }
    }
}
