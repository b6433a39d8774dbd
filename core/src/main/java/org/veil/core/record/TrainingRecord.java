package org.veil.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a training run did, written as {@code record.json} beside {@code model.zip}: the stable
 * contract of DESIGN.md section 5. Immutable; round-trips through {@link RecordJson}.
 *
 * <p>Schema changes that remove or rename a field raise {@link #SCHEMA_VERSION}; every version's
 * fixture stays under {@code core/src/test/resources/records/} and must still load.
 *
 * @param schemaVersion record schema version
 * @param method        {@code baseline}, {@code dp-sgd}, {@code pate}, {@code lfr}, {@code federated}, ...
 * @param options       the method's options record, as JSON
 * @param data          the data it was trained and tested on
 * @param privacy       epsilon, delta, accountant and ledger
 * @param metrics       {@code testAccuracy} and any other numbers measured after training
 * @param seed          the run's seed
 * @param startedAt     when training started
 * @param finishedAt    when the record was finished
 * @param versions      Veil, Java, DL4J and Tribuo versions
 * @param notes         caveats a reader must see (e.g. "shuffled batches: the guarantee does not hold")
 */
public record TrainingRecord(
        int schemaVersion,
        String method,
        JsonNode options,
        DataInfo data,
        PrivacyInfo privacy,
        Map<String, Double> metrics,
        long seed,
        Instant startedAt,
        Instant finishedAt,
        Map<String, String> versions,
        List<String> notes) {

    /** The current schema version. */
    public static final int SCHEMA_VERSION = 1;

    public TrainingRecord {
        if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion=" + schemaVersion + ", allowed: [1, " + SCHEMA_VERSION
                    + "]");
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metrics));
        versions = versions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(versions));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A copy with these metrics added (replacing equal names) and a new finish time. */
    public TrainingRecord withMetrics(Map<String, Double> more, Instant finished) {
        Map<String, Double> m = new LinkedHashMap<>(metrics);
        m.putAll(more);
        return new TrainingRecord(schemaVersion, method, options, data, privacy, m, seed, startedAt, finished,
                versions, notes);
    }

    /** A copy with {@code note} appended to the notes. */
    public TrainingRecord withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(Objects.requireNonNull(note, "note"));
        return new TrainingRecord(schemaVersion, method, options, data, privacy, metrics, seed, startedAt,
                finishedAt, versions, more);
    }

    /** A copy with the data section replaced (for example to add the test split's row count). */
    public TrainingRecord withData(DataInfo newData) {
        return new TrainingRecord(schemaVersion, method, options, newData, privacy, metrics, seed, startedAt,
                finishedAt, versions, notes);
    }
}
