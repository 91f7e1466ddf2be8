package org.khet.correspondence;

import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What approving a memo makes of it: a numbered letter. The number is the next of the organisation's dispatch
 * register, taken in the approving transaction (so a refused approval gives it back); the register's row names the
 * writer as "from" and the approver as "to". The letter is then sealed as it was approved and indexed for search.
 */
@Component
class MemoApproval {

    private final JdbcClient jdbc;
    private final Letters letters;
    private final Registers registers;
    private final LetterSeal seal;
    private final LetterSearch search;

    MemoApproval(JdbcClient jdbc, Letters letters, Registers registers, LetterSeal seal, LetterSearch search) {
        this.jdbc = jdbc;
        this.letters = letters;
        this.registers = registers;
        this.seal = seal;
        this.search = search;
    }

    /** Numbers the approved memo {@code memo} of {@code org}; its number. */
    @Transactional(propagation = Propagation.MANDATORY)
    String number(Organisation org, Memo.Loaded memo, Long approver, KhetUser by) {
        if (org.prefix().isBlank()) {
            throw RejectedException.of("prefix", Texts.of("correspondence.noPrefix", org.nameTh()));
        }
        Letter letter = letters.byId(memo.letterId()).orElseThrow();
        Map<Long, String> names = names(memo.writer(), approver == null ? by.id() : approver);
        Registers.Numbered n = registers.register(
                org,
                Register.DISPATCH,
                new Registers.Row(
                        letter.id(),
                        null,
                        null,
                        names.get(memo.writer()),
                        names.getOrDefault(approver, by.displayName()),
                        letter.subject(),
                        letter.secrecy(),
                        Texts.of("correspondence.memo.registered").th(),
                        ""),
                by);
        letters.numbered(letter.id(), n);
        seal.seal(letter);
        search.index(letter.id());
        return n.number();
    }

    private Map<Long, String> names(long writer, long approver) {
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, display_name from platform.user_summary where id in (:w, :a)")
                .param("w", writer)
                .param("a", approver)
                .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("display_name")))
                .list();
        return names;
    }
}
