package org.khet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.khet.shared.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files people upload, for every module: kept under {@code <data dir>/files/<module>/}, outside the web root, each
 * under a random name (never the uploader's), with the SHA-256 of its content so that a later change to the file
 * shows. A file written inside a transaction that then rolls back is deleted again, so a refused or failed save
 * leaves no orphan on disk. Files are never changed in place; what refers to them keeps their key and hash.
 */
@Component
public class FileStore {

    /** A stored file: its key (the name under the module's folder), content hash (hex) and size in bytes. */
    public record Stored(String key, String sha256, long size) {}

    private final Path root;

    FileStore(@Value("${khet.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("files").toAbsolutePath();
    }

    /** Writes {@code content} for {@code module}. */
    public Stored put(String module, byte[] content) {
        String key = UUID.randomUUID().toString();
        Path path = folder(module).resolve(key);
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteIfRolledBack(path);
        return new Stored(key, Sha256.hex(content), content.length);
    }

    public byte[] read(String module, String key) {
        try {
            return Files.readAllBytes(file(module, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes {@code module}'s file {@code key} once the current transaction commits (at once outside one), so that
     * a rolled-back deletion keeps the file its rows still name.
     */
    public void deleteAfterCommit(String module, String key) {
        Path path = file(module, key);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            path.toFile().delete();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                path.toFile().delete();
            }
        });
    }

    /** Whether the file still has the content {@code sha256} was taken of (false when it is gone). */
    public boolean unchanged(String module, String key, String sha256) {
        Path path = file(module, key);
        return Files.isRegularFile(path) && Sha256.hex(read(module, key)).equals(sha256);
    }

    private Path folder(String module) {
        if (!module.matches("[a-z]+")) {
            throw new IllegalArgumentException("module " + module);
        }
        return root.resolve(module);
    }

    private Path file(String module, String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("key " + key);
        }
        return folder(module).resolve(key);
    }

    private static void deleteIfRolledBack(Path path) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    path.toFile().delete();
                }
            }
        });
    }
}
