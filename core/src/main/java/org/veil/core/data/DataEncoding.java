package org.veil.core.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.veil.core.record.RecordJson;

/**
 * The fitted encoding of a table data set: the label and its classes in order, the missing-value
 * policy, and every model-input column's encoding in feature order. Another party with rows of the
 * same columns (a federated client with its own CSV file) encodes them exactly like the training
 * split with {@link DataLoader#encodeWith}, so both sides' features mean the same thing. Travels as
 * JSON ({@link #toJson()}). Immutable.
 *
 * @param label   the label column
 * @param classes the classes in label order
 * @param missing the missing-value policy the statistics were fitted under
 * @param columns the model-input columns, in feature order
 */
public record DataEncoding(String label, List<String> classes, MissingValues missing, List<ColumnEncoding> columns) {

    public DataEncoding {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(missing, "missing");
        classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (classes.size() < 2) {
            throw new IllegalArgumentException("classes=" + classes + ", allowed: at least 2");
        }
        if (new HashSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException("classes=" + classes + " repeat a class");
        }
        Set<String> names = new HashSet<>();
        for (ColumnEncoding c : columns) {
            if (!names.add(c.name()) || c.name().equals(label)) {
                throw new IllegalArgumentException("column " + c.name() + " appears twice (or is the label)");
            }
        }
    }

    /** The encoded feature names, in order (as {@link Schema#featureNames()} of the encoded data). */
    public List<String> featureNames() {
        List<String> out = new ArrayList<>();
        columns.forEach(c -> out.addAll(c.encoder().featureNames()));
        return out;
    }

    public String toJson() {
        return RecordJson.toJson(this);
    }

    /**
     * Reads {@link #toJson()}'s output.
     *
     * @throws IllegalArgumentException when the text is not a valid encoding
     */
    public static DataEncoding fromJson(String json) {
        try {
            return RecordJson.mapper().readValue(json, DataEncoding.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a data encoding: " + e.getOriginalMessage(), e);
        }
    }
}
