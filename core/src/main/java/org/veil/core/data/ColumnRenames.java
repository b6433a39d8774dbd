package org.veil.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.core.error.DataFormatException;

/**
 * Renames a CSV file's columns before it is encoded, so a federated client whose file names its columns
 * differently can follow the server's encoding (which finds columns by name). Parsed from
 * {@code LOCAL=SERVER} pairs; the renaming is applied to the header only, so it costs nothing per row.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mapping local name → new name, in the order given
 */
public record ColumnRenames(Map<String, String> mapping) {

    /** No renaming. */
    public static final ColumnRenames NONE = new ColumnRenames(Map.of());

    public ColumnRenames {
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        Set<String> targets = new HashSet<>();
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (e.getKey().isEmpty() || e.getValue().isEmpty()) {
                throw new IllegalArgumentException("rename " + e.getKey() + "=" + e.getValue()
                        + ": both names must be non-empty");
            }
            if (!targets.add(e.getValue())) {
                throw new IllegalArgumentException("rename: two columns renamed to " + e.getValue());
            }
        }
    }

    /**
     * Parses {@code LOCAL=SERVER} pairs (one per element).
     *
     * @throws IllegalArgumentException naming the pair that is malformed or repeats a local name
     */
    public static ColumnRenames parse(List<String> pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq < 0 || pair.indexOf('=', eq + 1) >= 0) {
                throw new IllegalArgumentException("rename " + pair + ", allowed: LOCAL=SERVER (one '=')");
            }
            String from = pair.substring(0, eq).strip();
            if (m.put(from, pair.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("rename: column " + from + " is renamed twice");
            }
        }
        return new ColumnRenames(m);
    }

    /** The header after renaming; every local name must be a column of {@code file}, and names stay unique. */
    List<String> apply(String file, List<String> columns) {
        for (String from : mapping.keySet()) {
            if (!columns.contains(from)) {
                throw new DataFormatException(file, 0, from, "no such column to rename (columns: "
                        + String.join(", ", columns) + ")");
            }
        }
        List<String> out = new ArrayList<>(columns.size());
        Set<String> seen = new HashSet<>();
        for (String c : columns) {
            String name = mapping.getOrDefault(c, c);
            if (!seen.add(name)) {
                throw new DataFormatException(file, 0, name, "renaming gives two columns named " + name);
            }
            out.add(name);
        }
        return out;
    }

    /** {@code table} with its header renamed (records shared, not copied). */
    RawTable apply(RawTable table) {
        return mapping.isEmpty() ? table
                : new RawTable(table.file(), apply(table.file(), table.columns()), table.records(), table.lines());
    }
}
