package org.khet.notifications;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khet.platform.Accounts;
import org.khet.platform.RoleGrant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people things, for any module. Each call renders the message in each recipient's language and writes one
 * outbox row per recipient and channel in the caller's transaction (or its own when there is none): a step that
 * rolls back sends nothing, and a step that commits is delivered right after, retried until it goes through or
 * gives up. A person is told on the channels they chose, or by e-mail when they never chose and have an address.
 * Each method answers how many deliveries it wrote.
 */
@Component
public class Notifications {

    private final Accounts accounts;
    private final Preferences preferences;
    private final LineLinks lineLinks;
    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final MessageSource messages;

    Notifications(
            Accounts accounts,
            Preferences preferences,
            LineLinks lineLinks,
            Outbox outbox,
            Dispatcher dispatcher,
            MessageSource messages) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.lineLinks = lineLinks;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.messages = messages;
    }

    /** To the holder of an account, if it is enabled. */
    @Transactional
    public int toPerson(long accountId, Message message) {
        int written = accounts.byId(accountId)
                .filter(Accounts.Account::enabled)
                .map(a -> write(a, addressesOf(a), message))
                .orElse(0);
        return queued(written);
    }

    /**
     * To everyone holding {@code place}'s role where it says (an area, a unit, a school), each once, each in their
     * own language.
     */
    @Transactional
    public int toHoldersOf(RoleGrant place, Message message) {
        int written = 0;
        for (long id : accounts.holdersOf(place)) {
            written += accounts.byId(id)
                    .map(a -> write(a, addressesOf(a), message))
                    .orElse(0);
        }
        return queued(written);
    }

    /**
     * A secret (a first-sign-in password) to the holder of an account, on the channels they chose, or by e-mail when
     * they never chose and have an address. The secret is the message's last argument, after {@code message}'s own.
     * The stored texts hold it masked; the secret waits in the row only until it is sent or gives up, and is never
     * shown on a page, logged or audited. Answers where it will go, masked, for the office to see and audit: nowhere
     * when the person has no channel that reaches them, so the caller hands the secret over another way.
     */
    @Transactional
    public List<Destination> secretToPerson(long accountId, Message message, String secret) {
        List<Destination> written = accounts.byId(accountId)
                .filter(Accounts.Account::enabled)
                .map(a -> writeSecret(a, message, secret))
                .orElse(List.of());
        queued(written.size());
        return written;
    }

    /** To someone without an account, at the addresses they gave on the channels they chose. */
    @Transactional
    public int toContact(Contact contact, Message message) {
        String language = "en".equals(contact.language()) ? "en" : "th";
        int written = 0;
        for (Channel channel : contact.channels().stream().sorted().toList()) {
            String address = contact.addressFor(channel);
            if (address != null) {
                outbox.write(draft(null, address, channel, language, message, null), message);
                written++;
            }
        }
        return queued(written);
    }

    /** Straight to a LINE user just linked to this account, whatever they chose: the confirmation of the link. */
    void toLineUser(long accountId, String lineUserId, String language, Message message) {
        outbox.write(draft(accountId, lineUserId, Channel.LINE, language, message, null), message);
        queued(1);
    }

    private record Address(Channel channel, String address) {}

    private List<Address> addressesOf(Accounts.Account account) {
        Preferences.Choice choice = preferences.of(account.id());
        Set<Channel> channels = choice.channels().isEmpty() ? Set.of(Channel.EMAIL) : choice.channels();
        List<Address> addresses = new ArrayList<>();
        for (Channel channel : EnumSet.copyOf(channels)) {
            String address =
                    switch (channel) {
                        case EMAIL -> account.email();
                        case SMS -> choice.phone();
                        case LINE -> lineLinks.lineUserOf(account.id()).orElse(null);
                    };
            if (address != null && !address.isBlank()) {
                addresses.add(new Address(channel, address.strip()));
            }
        }
        return addresses;
    }

    private int write(Accounts.Account account, List<Address> addresses, Message message) {
        String language = "en".equals(account.locale()) ? "en" : "th";
        addresses.forEach(
                a -> outbox.write(draft(account.id(), a.address(), a.channel(), language, message, null), message));
        return addresses.size();
    }

    private List<Destination> writeSecret(Accounts.Account account, Message message, String secret) {
        if (secret == null || secret.isBlank() || secret.contains(Delivery.SECRET_MASK)) {
            throw new IllegalArgumentException("a secret to deliver");
        }
        List<Object> args = new ArrayList<>(message.args());
        args.add(Delivery.SECRET_MASK);
        Message masked = new Message(message.module(), message.about(), message.template(), args);
        String language = "en".equals(account.locale()) ? "en" : "th";
        List<Address> addresses = addressesOf(account);
        addresses.forEach(
                a -> outbox.write(draft(account.id(), a.address(), a.channel(), language, masked, secret), masked));
        return addresses.stream()
                .map(a -> Destination.of(a.channel(), a.address()))
                .toList();
    }

    /** The rendered texts; with a {@code secret}, a SECRET row whose texts hold it masked. */
    private Outbox.Draft draft(
            Long accountId, String address, Channel channel, String language, Message message, String secret) {
        Locale locale = Locale.forLanguageTag(language);
        Object[] args = message.args().toArray();
        String subject =
                channel == Channel.EMAIL ? messages.getMessage(message.template() + ".subject", args, locale) : null;
        String text = messages.getMessage(message.template() + ".text", args, locale);
        Delivery.Kind kind = secret == null ? Delivery.Kind.NOTICE : Delivery.Kind.SECRET;
        if (secret != null && !text.contains(Delivery.SECRET_MASK)) {
            throw new IllegalArgumentException(message.template() + ".text has no place for the secret");
        }
        return new Outbox.Draft(accountId, address, channel, language, subject, text, kind, secret);
    }

    private int queued(int written) {
        if (written > 0) {
            dispatcher.wakeAfterCommit();
        }
        return written;
    }
}
