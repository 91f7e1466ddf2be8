package org.khet.notifications;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What to tell: the template {@code template} is two keys of {@code messages*.properties}, {@code
 * <template>.subject} (e-mail only) and {@code <template>.text}, filled with {@code args} in each recipient's
 * language. An argument made by {@link #text(String)} is itself a key, rendered in that language too. {@code
 * module} and {@code about} say where the message came from ("complaints", "complaint 42"), for the records.
 */
public record Message(String module, String about, String template, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String module, String about, String template, Object... args) {
        return new Message(module, about, template, Arrays.asList(args));
    }

    /** An argument that is itself a message key, rendered in the recipient's language. */
    public static MessageSourceResolvable text(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
