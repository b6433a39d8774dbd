package org.veil.pate.aggregate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Which noisy aggregator answers the student's queries, with its parameters. Each variant is a
 * validated record; {@link #name()} is the stable name used on the command line and in records
 * (in JSON it is the {@code type} property).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LnMaxOptions.class, name = "lnmax"),
    @JsonSubTypes.Type(value = GnMaxOptions.class, name = "gnmax"),
    @JsonSubTypes.Type(value = ConfidentGnMaxOptions.class, name = "confident-gnmax"),
    @JsonSubTypes.Type(value = InteractiveGnMaxOptions.class, name = "interactive-gnmax")})
public sealed interface AggregatorOptions
        permits LnMaxOptions, GnMaxOptions, ConfidentGnMaxOptions, InteractiveGnMaxOptions {

    /** {@code lnmax}, {@code gnmax}, {@code confident-gnmax} or {@code interactive-gnmax}. */
    String name();

    /** Rejects a noise parameter that is not positive and finite, with the house message. */
    static void checkNoise(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + "=" + value + ", allowed: > 0 and finite");
        }
    }

    /** Rejects a threshold that is negative or not finite, with the house message. */
    static void checkThreshold(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + "=" + value + ", allowed: >= 0 and finite (in votes)");
        }
    }
}
