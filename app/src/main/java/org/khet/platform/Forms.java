package org.khet.platform;

import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.validation.BindingResult;

/** Puts the reasons a service refused a form next to the fields they concern. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult result, RejectedException e, KhetUser user) {
        String language = user == null ? "th" : user.language();
        for (FieldError error : e.errors()) {
            String message = error.message().in(language);
            if (!error.field().isEmpty() && result.getTarget() != null && hasField(result, error.field())) {
                result.rejectValue(error.field(), "rejected", message);
            } else {
                result.reject("rejected", message);
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The bytes of an uploaded file; an empty or missing upload is refused in Thai and English. */
    public static byte[] upload(org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw RejectedException.of("file", Texts.of("platform.forms.attachFile"));
        }
        return file.getBytes();
    }

    /**
     * Makes a change a form asked for and goes on to {@code then}: the flash says it was saved, or why it was
     * refused (every field's reason, in the user's language), and a refused change changed nothing.
     */
    public static String saved(
            Runnable change,
            KhetUser user,
            org.springframework.web.servlet.mvc.support.RedirectAttributes flash,
            String then) {
        try {
            change.run();
            flash.addFlashAttribute("notice", "common.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute(
                    "error",
                    e.errors().stream()
                            .map(err -> err.message().in(user.language()))
                            .reduce((a, b) -> a + " · " + b)
                            .orElse(e.reason().in(user.language())));
        }
        return "redirect:" + then;
    }
}
