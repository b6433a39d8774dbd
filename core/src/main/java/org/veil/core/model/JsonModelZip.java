package org.veil.core.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.veil.core.error.DataFormatException;
import org.veil.core.record.RecordJson;

/**
 * The {@code model.zip} form of a model that is one JSON value (a record) in one named zip entry, as
 * {@link UniformClassifier} and LFR's model are saved. Stateless and thread-safe.
 */
public final class JsonModelZip {

    private JsonModelZip() {
    }

    /** Writes {@code value} as JSON into the single entry {@code entry} of {@code file}. */
    public static void write(Path file, String entry, Object value) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(RecordJson.mapper().writeValueAsBytes(value));
            zip.closeEntry();
        }
    }

    /**
     * Reads the JSON value in entry {@code entry} of {@code file}.
     *
     * @param kind    what the model is called in errors, e.g. {@code uniform model}
     * @param article the article before {@code kind}, {@code a} or {@code an}
     * @throws DataFormatException when the entry is missing or does not hold a valid {@code type}
     */
    public static <T> T read(Path file, String entry, Class<T> type, String kind, String article) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (entry.equals(e.getName())) {
                    return RecordJson.mapper().readValue(zip.readAllBytes(), type);
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException | IllegalArgumentException e) {
            throw new DataFormatException(file.toString(), 0, entry, "unreadable " + kind + ": " + e.getMessage());
        }
        throw new DataFormatException(file.toString(), 0, null, "not " + article + " " + kind + ": missing " + entry);
    }
}
