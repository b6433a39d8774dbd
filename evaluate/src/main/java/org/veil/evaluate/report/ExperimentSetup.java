package org.veil.evaluate.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.veil.core.record.DataInfo;

/**
 * Everything needed to reproduce an experiment: the {@code setup} object of {@code report.json}.
 *
 * <p>Immutable; thread-safe. No randomness.
 *
 * @param seed            the experiment's seed (data splits, training, attacks' calibration splits)
 * @param data            the data set: name, location, rows and SHA-256 of its source
 * @param members         rows the target models were trained on (the attacks' members)
 * @param nonMembers      held-out rows the attacks must tell apart from members
 * @param population      rows available to the attacker for reference (shadow) models and calibration
 * @param referenceModels reference (shadow) models trained per attack that needs them (LiRA, RMIA); 0 if none
 * @param confidence      confidence of the empirical ε lower bounds, in (0.5, 1)
 * @param thresholdRule   how each attack's decision threshold was chosen, in words
 * @param quick           true for a reduced run ({@code --quick}: fewer models, epochs or rows)
 * @param veilVersion     the Veil version that ran it
 * @param command         the command line that reproduces it, or null when unknown
 * @param startedAt       when the experiment started
 * @param finishedAt      when the report was written
 * @param notes           caveats a reader must see, possibly empty
 */
public record ExperimentSetup(long seed, DataInfo data, int members, int nonMembers, int population,
        int referenceModels, double confidence, String thresholdRule, boolean quick, String veilVersion,
        String command, Instant startedAt, Instant finishedAt, List<String> notes) {

    /** The threshold rule every Veil attack follows (see {@code HonestEvaluation}). */
    public static final String HONEST_THRESHOLD_RULE = "honest held-out calibration split: each attack's threshold "
            + "is chosen on a random part of the members and non-members that is not used for any reported number";

    public ExperimentSetup {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(thresholdRule, "thresholdRule");
        Objects.requireNonNull(veilVersion, "veilVersion");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (members < 0 || nonMembers < 0 || population < 0 || referenceModels < 0) {
            throw new IllegalArgumentException("members=" + members + ", nonMembers=" + nonMembers + ", population="
                    + population + ", referenceModels=" + referenceModels + ", allowed: >= 0 each");
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence=" + confidence + ", allowed: (0.5, 1)");
        }
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("finishedAt=" + finishedAt + " is before startedAt=" + startedAt);
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
