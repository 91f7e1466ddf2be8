package org.khet.complaints;

import java.util.List;
import java.util.Locale;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;

/**
 * How a named complainant can be reached: a name, a phone number or an e-mail address (at least one), and the
 * channels they chose to be told of progress by, each needing its address.
 */
record ComplainantContact(String name, String phone, String email, List<String> notifyBy) {

    private static final List<String> NOTIFY = List.of("EMAIL", "SMS");

    /** The contact a complaint gives, tidied; every problem is added to {@code errors} in Thai and English. */
    static ComplainantContact checked(Complaints.NewComplaint c, List<FieldError> errors) {
        String name = c.name() == null ? "" : c.name().strip();
        String phone = org.khet.thai.ThaiPhoneNumbers.plain(c.phone());
        String email = c.email() == null ? "" : c.email().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(FieldError.of("name", Texts.of("complaints.complainantContact.giveYourNameChoose")));
        }
        if (!phone.isEmpty() && !org.khet.thai.ThaiPhoneNumbers.isValid(phone)) {
            errors.add(FieldError.of("phone", Texts.of("complaints.complainantContact.phoneNumber910")));
        }
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("email", Texts.of("complaints.complainantContact.emailNotValid")));
        }
        if (phone.isEmpty() && email.isEmpty()) {
            errors.add(FieldError.of("phone", Texts.of("complaints.complainantContact.givePhoneNumberE")));
        }
        List<String> notify = notifyBy(c.notifyBy());
        checkChannels(notify, phone, email, errors);
        return new ComplainantContact(name, phone.isEmpty() ? null : phone, email.isEmpty() ? null : email, notify);
    }

    private static List<String> notifyBy(List<String> chosen) {
        return chosen == null
                ? List.of()
                : chosen.stream()
                        .map(n -> n.strip().toUpperCase(Locale.ROOT))
                        .distinct()
                        .toList();
    }

    private static void checkChannels(List<String> notify, String phone, String email, List<FieldError> errors) {
        for (String n : notify) {
            if (!NOTIFY.contains(n)) {
                errors.add(FieldError.of("notifyBy", Texts.of("complaints.complainantContact.progressSentByEmail")));
            } else if (n.equals("EMAIL") && email.isEmpty()) {
                errors.add(FieldError.of("email", Texts.of("complaints.complainantContact.eMailAddressNeeded")));
            } else if (n.equals("SMS") && phone.isEmpty()) {
                errors.add(FieldError.of("phone", Texts.of("complaints.complainantContact.phoneNumberNeededSms")));
            }
        }
    }
}
