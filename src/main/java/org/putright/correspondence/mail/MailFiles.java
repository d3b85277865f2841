package org.putright.correspondence.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mail on disk under the data directory, named by SHA-256 of the content: {@code mail/raw/<sha256>.eml} for whole
 * messages and {@code mail/attachments/<sha256>} for accepted attachments. Content addressing makes a repeated write
 * harmless and lets the checksum be verified at any time. Paths in the database are relative to the data directory.
 */
@Component
class MailFiles {

    private final Path dataDir;

    MailFiles(@Value("${putright.data-dir:./data}") String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    String storeRaw(String sha256, byte[] bytes) {
        return store("mail/raw/" + sha256 + ".eml", bytes);
    }

    String storeAttachment(String sha256, byte[] bytes) {
        return store("mail/attachments/" + sha256, bytes);
    }

    Path resolve(String relativePath) {
        Path path = dataDir.resolve(relativePath).normalize();
        if (!path.startsWith(dataDir)) {
            throw new IllegalArgumentException("Outside the data directory: " + relativePath);
        }
        return path;
    }

    byte[] read(String relativePath) {
        try {
            return Files.readAllBytes(resolve(relativePath));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String store(String relativePath, byte[] bytes) {
        Path target = resolve(relativePath);
        try {
            if (Files.exists(target) && Files.size(target) == bytes.length) {
                return relativePath;
            }
            Files.createDirectories(target.getParent());
            // written aside and moved into place, so a crash never leaves a half file under the final name
            Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return relativePath;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not store " + target, e);
        }
    }
}
