package org.veil.evaluate.report;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.veil.core.error.DataFormatException;
import org.veil.core.io.AtomicFiles;
import org.veil.core.record.RecordJson;

/**
 * Reads and writes {@link ExperimentReport}s as {@code report.json}, with Veil's one JSON configuration
 * ({@link RecordJson#mapper()}): indented, ISO-8601 instants, non-finite numbers as the strings
 * {@code "Infinity"} / {@code "NaN"} (as in {@code record.json}), unknown fields ignored on reading.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportJson {
    /** File name of the report in the experiment directory. */
    public static final String FILE_NAME = "report.json";

    private ReportJson() {
    }

    /** The report as JSON text. */
    public static String toJson(ExperimentReport report) {
        return RecordJson.toJson(report);
    }

    /** Writes {@code report} to {@code file} atomically (temporary file in the same directory, then move). */
    public static void write(ExperimentReport report, Path file) throws IOException {
        AtomicFiles.write(file, (toJson(report) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a report; a file that is not a valid report gives a {@link DataFormatException}. */
    public static ExperimentReport read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return RecordJson.mapper().readValue(bytes, ExperimentReport.class);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DataFormatException(file.toString(), Math.max(0, line), null,
                    "not a valid experiment report: " + e.getOriginalMessage());
        }
    }
}
