package org.veil.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.veil.core.error.DataFormatException;

/** Test fixtures: resource paths, small files written on the fly, and error assertions. */
final class Fixtures {
    private Fixtures() {
    }

    /** A test resource under org/veil/core/data/ as a file path (as a user would pass it). */
    static String resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code body}, expects a DataFormatException and checks where it points. */
    static DataFormatException expectError(Runnable body, long row, String column, String... fragments) {
        DataFormatException e = Assertions.assertThrows(DataFormatException.class, body::run);
        Assertions.assertEquals(row, e.row(), () -> "row in: " + e.getMessage());
        Assertions.assertEquals(column, e.column(), () -> "column in: " + e.getMessage());
        for (String f : fragments) {
            Assertions.assertTrue(e.getMessage().contains(f), () -> "'" + f + "' not in: " + e.getMessage());
        }
        Assertions.assertFalse(e.getMessage().contains("\n"), () -> "not one line: " + e.getMessage());
        return e;
    }
}
