package org.veil.cli.fed;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that the files a {@code veil fed} command was given exist, before anything starts. */
final class ExistingFiles {

    private ExistingFiles() {
    }

    /** Refuses a missing or unreadable file with a one-line message naming the flag (null passes). */
    static void require(String flag, Path file) {
        if (file != null && !(Files.isRegularFile(file) && Files.isReadable(file))) {
            throw new IllegalArgumentException(flag + "=" + file + ": no such readable file");
        }
    }
}
