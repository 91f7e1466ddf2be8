package org.khet.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.platform.Accounts;
import org.springframework.stereotype.Component;

/**
 * E-mail addresses that may not be one person's alone: a school's shared mailbox, or a colleague's own address put in
 * the registry in the person's place. A first password does not go to such an address; it stays on the printable
 * sheet. What is checked is only this: another account, or another person of the same batch, has the address too.
 * An address that is wrong but nobody else's is not caught here; that is why the office sees each one, masked,
 * before it sends.
 */
@Component
class SharedAddresses {

    private final Accounts accounts;

    SharedAddresses(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Among the addresses of people about to get accounts, those another of them or an existing account has. */
    Set<String> beforeCreating(Collection<String> emails) {
        return shared(emails, true);
    }

    /** Among the addresses of accounts just made, those another account (of the batch or not) has too. */
    Set<String> afterCreating(Collection<String> emails) {
        return shared(emails, false);
    }

    /** Whether {@code email} is one of {@code shared}; a missing address is nobody's. */
    static boolean isShared(Set<String> shared, String email) {
        return present(email) && shared.contains(Accounts.emailKey(email));
    }

    static boolean present(String email) {
        return email != null && !email.isBlank();
    }

    private Set<String> shared(Collection<String> emails, boolean countTheseToo) {
        var given = emails.stream().filter(SharedAddresses::present).toList();
        if (given.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> holders = new HashMap<>(accounts.holdersOfEmails(given));
        if (countTheseToo) {
            given.forEach(e -> holders.merge(Accounts.emailKey(e), 1L, Long::sum));
        }
        return holders.entrySet().stream()
                .filter(h -> h.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
