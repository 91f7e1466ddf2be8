package org.khet.complaints;

import java.util.List;

/**
 * The complaint form as typed, by the public or by staff writing down a complaint that came another way.
 * {@code channel} is only read from staff; {@code homepage} is a trap field people never see and robots fill in.
 */
record ComplaintForm(
        String areaCode,
        String channel,
        String category,
        String subject,
        String details,
        String identity,
        String name,
        String phone,
        String email,
        List<String> notifyBy,
        String schoolCode,
        String homepage) {

    static ComplaintForm empty() {
        return new ComplaintForm(null, null, null, "", "", "ANONYMOUS", "", "", "", List.of(), "", "");
    }

    public boolean anonymous() {
        return !"NAMED".equals(identity);
    }

    boolean trapped() {
        return homepage != null && !homepage.isBlank();
    }

    /** The files a public form sent, without their names (an empty file input sends one empty part, dropped). */
    static List<Attachments.Upload> uploads(List<org.springframework.web.multipart.MultipartFile> files)
            throws java.io.IOException {
        List<Attachments.Upload> uploads = new java.util.ArrayList<>();
        if (files != null) {
            for (var f : files) {
                if (!f.isEmpty()) {
                    uploads.add(Attachments.Upload.unnamed(f.getBytes()));
                }
            }
        }
        return uploads;
    }

    /** The complaint, filed in {@code language} (the complainant is written to in it; Thai when null). */
    Complaints.NewComplaint complaint(String language) {
        return new Complaints.NewComplaint(
                areaCode, category, subject, details, anonymous(), name, phone, email, notifyBy, schoolCode, language);
    }
}
