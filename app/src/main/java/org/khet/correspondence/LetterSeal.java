package org.khet.correspondence;

import java.util.List;
import org.khet.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hash a letter is sealed with when it is sent: of its subject, text and the SHA-256 of each of its files, so
 * that a change made later to the stored text (in the database) or to a file (on disk) shows when the letter is
 * checked.
 */
@Component
class LetterSeal {

    /** What checking a sent letter found: whether its text is as sealed, and the files no longer as attached. */
    record Check(boolean sealed, boolean textUnchanged, List<String> changedFiles) {

        public boolean intact() {
            return sealed && textUnchanged && changedFiles.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final LetterFiles files;

    LetterSeal(JdbcClient jdbc, LetterFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** Seals letter {@code id} as it is now; called within the sending transaction. */
    void seal(Letter letter) {
        jdbc.sql("update correspondence.letter set content_sha256 = :sha where id = :id")
                .param("sha", hash(letter))
                .param("id", letter.id())
                .update();
    }

    Check check(Letter letter) {
        String sealed = jdbc.sql("select content_sha256 from correspondence.letter where id = :id")
                .param("id", letter.id())
                .query(String.class)
                .optional()
                .orElse(null);
        if (sealed == null) {
            return new Check(false, true, List.of());
        }
        List<String> changed = files.of(letter.id()).stream()
                .filter(a -> !files.unchanged(a))
                .map(LetterFiles.Attachment::name)
                .toList();
        return new Check(true, sealed.equals(hash(letter)), changed);
    }

    private String hash(Letter letter) {
        StringBuilder text =
                new StringBuilder().append(letter.subject()).append('\n').append(letter.body());
        files.of(letter.id()).forEach(a -> text.append('\n').append(a.sha256()));
        return Sha256.hex(text.toString());
    }
}
