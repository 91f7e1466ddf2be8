package org.khet.platform.security;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.khet.platform.Accounts;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of a locked account, by e-mail when the account has an address, since the login page must not:
 * telling it there would tell a guesser that the password they tried was right.
 */
@Component
class LockNotices {

    private static final Logger log = LoggerFactory.getLogger(LockNotices.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/uuuu HH:mm");

    private final Accounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String publicUrl;

    LockNotices(
            Accounts accounts,
            ObjectProvider<JavaMailSender> mail,
            @Value("${khet.mail.from:khet@localhost}") String from,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.accounts = accounts;
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(AccountLocked locked) {
        var account = accounts.byId(locked.userId()).orElse(null);
        JavaMailSender sender = mail.getIfAvailable();
        if (account == null || account.email() == null || account.email().isBlank()) {
            return;
        }
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host); a lock notice was not sent");
            return;
        }
        String until = TIME.format(locked.lockedUntil().atZoneSameInstant(ZoneId.of("Asia/Bangkok")));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(account.email());
        Bilingual subject = Texts.of("lockNotice.subject");
        Bilingual text =
                Texts.of("lockNotice.text", account.username(), until, locked.failures(), publicUrl + "/profile");
        // Sent in both languages: the notice may reach someone who cannot sign in to choose one.
        message.setSubject(subject.th() + " / " + subject.en());
        message.setText(text.th() + "\n\n" + text.en() + "\n");
        sender.send(message);
    }
}
