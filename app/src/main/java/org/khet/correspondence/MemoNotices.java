package org.khet.correspondence;

import java.util.LinkedHashSet;
import java.util.Set;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells people of a memo's step: whoever holds the memo next (the approver it was submitted to, the one whose opinion
 * is asked, the approver when the opinion is given, the writer when it is returned), and the writer when it is
 * approved (with its number) or rejected. Nobody is told of their own step. A secret memo's subject is not written
 * into the message.
 */
@Component
class MemoNotices {

    private final Notifications notifications;
    private final Letters letters;
    private final String publicUrl;

    MemoNotices(
            Notifications notifications,
            Letters letters,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.notifications = notifications;
        this.letters = letters;
        this.publicUrl = publicUrl;
    }

    void tell(Memo.Loaded memo, Memo.Step step, String number) {
        Set<Long> told = new LinkedHashSet<>();
        if (step.toUser() != null) {
            told.add(step.toUser());
        }
        if (step.to().closed()) {
            told.add(memo.writer());
        }
        told.remove(step.byUser());
        if (told.isEmpty()) {
            return;
        }
        Letter letter = letters.byId(memo.letterId()).orElseThrow();
        Message message = Message.of(
                "correspondence",
                "memo " + memo.id(),
                number == null ? "correspondence.notify.memo" : "correspondence.notify.memoApproved",
                step.byName(),
                Message.text("correspondence.memo.action." + step.action().name()),
                letter.secrecy().secret() ? Message.text("correspondence.notify.secret") : letter.subject(),
                publicUrl,
                String.valueOf(memo.id()),
                number == null ? "" : number);
        told.forEach(account -> notifications.toPerson(account, message));
    }
}
