package org.khet.correspondence;

/**
 * A letter template (แบบหนังสือ): a name, the type it writes (external letter or memo), and the subject, text,
 * salutation and closing to start from. Braced words such as {@code {เรื่อง}} are for the writer to fill in;
 * {@code {ส่วนราชการ}} is filled with the writing organisation's name. Shipped templates ({@code shipped}) belong to
 * no organisation and are offered to all.
 */
record LetterTemplate(
        Long id,
        boolean shipped,
        String name,
        String kind,
        String subject,
        String body,
        String salutation,
        String closing) {

    static final String ORGANISATION = "{ส่วนราชการ}";

    static LetterTemplate blank() {
        return new LetterTemplate(null, false, "", "EXTERNAL", "", "", "", "");
    }

    /** A copy to keep as an organisation's own. */
    LetterTemplate copy() {
        return new LetterTemplate(null, false, name, kind, subject, body, salutation, closing);
    }

    /** {@code text} with the organisation's name put in its place. */
    static String filled(String text, Organisation org) {
        return text == null ? "" : text.replace(ORGANISATION, org.nameTh());
    }
}
