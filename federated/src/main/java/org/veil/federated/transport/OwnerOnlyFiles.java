package org.veil.federated.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.veil.core.io.AtomicFiles;

/**
 * Writes secrets (tokens, private keys) atomically into files only their owner can read: the
 * temporary file is created with mode 0600 before any byte is written, so the secret is never
 * readable by others, not even for a moment. On a file system without POSIX permissions the file
 * gets the platform's default access rights.
 *
 * <p>Thread safety: stateless; safe from any thread.
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Replaces {@code target} with {@code bytes}, readable and writable by the owner only. */
    static void write(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(target, tmp -> {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(tmp);
            }
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
        });
    }
}
