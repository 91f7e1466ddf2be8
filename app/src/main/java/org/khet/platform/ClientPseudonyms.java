package org.khet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;

/**
 * What the limit table stores instead of a client's address: a keyed hash (HMAC-SHA256) of it. The key is
 * {@code khet.limits.key} or, when unset, a random key kept in {@code KHET_DATA_DIR/limits.key}, never in the
 * database: a copy of the database alone does not tell which address used a public form when (the anonymity
 * promise), while every instance sharing the data directory (as they must for attachments) counts alike.
 */
final class ClientPseudonyms {

    private final byte[] key;

    ClientPseudonyms(Environment settings) {
        String configured = settings.getProperty("khet.limits.key", "");
        this.key = configured.isBlank()
                ? keptKey(Path.of(settings.getProperty("khet.data-dir", "./data")))
                : configured.getBytes(StandardCharsets.UTF_8);
    }

    String of(String clientKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(clientKey.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized byte[] keptKey(Path dataDir) {
        Path file = dataDir.resolve("limits.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                String encoded = Base64.getEncoder().encodeToString(fresh);
                try {
                    Files.writeString(file, encoded, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    restrict(file);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another instance wrote it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the limits key in " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply
        }
    }
}
