package org.veil.federated.aggregate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Locale;

/**
 * Which aggregation rule a federated run uses, with its parameters. Each variant is a validated
 * record; {@link #name()} is the stable lowercase name used on the command line and in records (in
 * JSON it is the {@code type} property).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FedAvgOptions.class, name = "fedavg"),
    @JsonSubTypes.Type(value = MedianOptions.class, name = "median"),
    @JsonSubTypes.Type(value = TrimmedMeanOptions.class, name = "trimmed-mean"),
    @JsonSubTypes.Type(value = KrumOptions.class, name = "krum")})
public sealed interface AggregationRule permits FedAvgOptions, MedianOptions, TrimmedMeanOptions, KrumOptions {

    /** The names {@link #parse} accepts, in this order. */
    List<String> NAMES = List.of("fedavg", "median", "trimmed-mean", "krum");

    /** {@code fedavg}, {@code median}, {@code trimmed-mean} or {@code krum}. */
    String name();

    /** The aggregator for this rule, computing on the calling thread. */
    default Aggregator create() {
        return create(false);
    }

    /** The aggregator for this rule; {@code parallel}: split coordinates over the common fork-join pool. */
    Aggregator create(boolean parallel);

    /**
     * The rule named {@code name} (case and surrounding blanks ignored) with its default parameters;
     * change them with the record's {@code withX} methods.
     *
     * @throws IllegalArgumentException naming the allowed names
     */
    static AggregationRule parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "fedavg" -> new FedAvgOptions();
            case "median" -> new MedianOptions();
            case "trimmed-mean" -> new TrimmedMeanOptions();
            case "krum" -> new KrumOptions();
            default -> throw new IllegalArgumentException("aggregation=" + name + ", allowed: "
                    + String.join(", ", NAMES));
        };
    }
}
