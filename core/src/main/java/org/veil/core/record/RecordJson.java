package org.veil.core.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.veil.core.error.DataFormatException;
import org.veil.core.io.AtomicFiles;

/**
 * Reads and writes {@link TrainingRecord}s as {@code record.json}, and owns the one JSON
 * configuration Veil uses everywhere: indented output, ISO-8601 instants, non-finite numbers as the
 * strings {@code "Infinity"} / {@code "NaN"} (plain JSON has no literal for them), unknown fields
 * ignored on reading so that newer records still load in older readers of the same schema version.
 */
public final class RecordJson {
    /** File name of the record beside {@code model.zip}. */
    public static final String FILE_NAME = "record.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RecordJson() {
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code record} to {@code file} atomically. */
    public static void write(TrainingRecord record, Path file) throws IOException {
        AtomicFiles.write(file, (toJson(record) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads a record; a file that is not a valid record gives a {@link DataFormatException}. */
    public static TrainingRecord read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return MAPPER.readValue(bytes, TrainingRecord.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            String detail = e.getOriginalMessage();
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DataFormatException(file.toString(), Math.max(0, line), null,
                    "not a valid training record: " + detail);
        }
    }
}
