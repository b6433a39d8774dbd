package org.veil.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads reference-value tables kept under {@code src/test/resources}: CSV with {@code #} comment lines
 * (which document the origin of the numbers), one header row, then rows of plain numbers or words.
 */
public final class ReferenceTable {
    private final List<Map<String, String>> rows;

    private ReferenceTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    /** Loads the table at a class-path resource path such as {@code /reference/rdp-epsilon.csv}. */
    public static ReferenceTable load(String resource) {
        try (InputStream in = ReferenceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), cells[i].trim());
                }
                rows.add(row);
            }
            return new ReferenceTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    /** A cell as a double ("nan" and "inf" in Python's spelling are accepted). */
    public static double number(Map<String, String> row, String column) {
        String v = row.get(column);
        if (v == null) {
            throw new IllegalArgumentException("no column " + column + " in " + row.keySet());
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            default -> Double.parseDouble(v);
        };
    }
}
