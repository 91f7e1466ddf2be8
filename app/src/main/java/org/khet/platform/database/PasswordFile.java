package org.khet.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A database password kept in a file of the data directory that only Khet's own OS user may read (mode 600). It is
 * made once, at random, and read at every start; an operator reads it there to connect with psql.
 */
final class PasswordFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordFile() {}

    /** The password in {@code file}, made first if the file is missing. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!password.matches("[A-Za-z0-9_-]{20,}")) {
                throw new IllegalStateException(file + " does not hold a password Khet made; restore it from a backup");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the database password in " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            // Created with its mode, so there is no moment at which others may read it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }
}
