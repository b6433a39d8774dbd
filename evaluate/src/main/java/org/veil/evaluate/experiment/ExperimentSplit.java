package org.veil.evaluate.experiment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.veil.core.data.Dataset;
import org.veil.core.data.RowKey;
import org.veil.core.run.Randomness;

/**
 * The rows of an experiment, drawn without replacement from the distinct rows of the training split:
 * the members (the targets' training data), as many non-members, and population rows (RMIA's
 * z samples and the shadow models' data) that are in neither, and, when PATE is run, public rows for its
 * student that are in none of those (a student that learnt from population or non-member rows would
 * make them members in effect and corrupt the attacks). Duplicate rows (Adult has some) are
 * dropped first, because a row that is both member and non-member cannot be told apart by anyone.
 *
 * <p>Randomness: one seeded shuffle (the experiment's seed). Immutable by convention.
 *
 * @param members    the targets' training rows
 * @param nonMembers rows of the same distribution the targets never see
 * @param population further unseen rows for RMIA and the shadow-model attack
 * @param publicRows the PATE student's public rows (known to the attacker), or null when none were drawn
 * @param distinct   distinct rows the draw was made from
 * @param rows       the training-split row indices of members, non-members and population (ascending each)
 */
public record ExperimentSplit(Dataset members, Dataset nonMembers, Dataset population, Dataset publicRows, int distinct,
        Rows rows) {

    /**
     * Row indices into the training split, written by {@code veil experiment} as {@code members.txt},
     * {@code non-members.txt}, {@code population.txt} (and {@code public.txt} when PATE runs; {@code publicRows} is empty otherwise) so that {@code veil evaluate mia --members rows:FILE}
     * selects exactly the same rows (and can reuse the saved reference models).
     */
    public record Rows(int[] members, int[] nonMembers, int[] population, int[] publicRows) {
    }

    /** {@link #draw(Dataset, int, int, int, long)} without public rows. */
    public static ExperimentSplit draw(Dataset train, int perSide, int populationRows, long seed) {
        return draw(train, perSide, populationRows, 0, seed);
    }

    /**
     * Draws {@code perSide} members, {@code perSide} non-members, {@code populationRows} population rows
     * and {@code publicCount} public rows, in that order from one shuffle (so the first three do not
     * depend on whether public rows are drawn).
     *
     * @throws IllegalArgumentException when the data has too few distinct rows
     */
    public static ExperimentSplit draw(Dataset train, int perSide, int populationRows, int publicCount, long seed) {
        if (publicCount < 0) {
            throw new IllegalArgumentException("publicRows=" + publicCount + ", allowed: >= 0");
        }
        int[] distinct = distinctRows(train);
        long needed = 2L * perSide + populationRows + publicCount;
        if (needed > distinct.length) {
            throw new IllegalArgumentException("members=" + perSide + " per side" + (publicCount > 0 ? ", " : " and ")
                    + "population=" + populationRows
                    + (publicCount > 0 ? " and public=" + publicCount + " (PATE's student)" : "") + " need " + needed
                    + " distinct rows, " + train.source().name() + " has " + distinct.length
                    + ": lower --members or --population" + (publicCount > 0 ? " or --public-rows" : ""));
        }
        Randomness.shuffle(distinct, new SplittableRandom(seed));
        int popEnd = 2 * perSide + populationRows;
        Rows rows = new Rows(sorted(distinct, 0, perSide), sorted(distinct, perSide, 2 * perSide),
                sorted(distinct, 2 * perSide, popEnd), sorted(distinct, popEnd, (int) needed));
        return new ExperimentSplit(train.subset(rows.members(), "members"), train.subset(rows.nonMembers(),
                "non-members"), train.subset(rows.population(), "population"),
                publicCount > 0 ? train.subset(rows.publicRows(), "public") : null, distinct.length, rows);
    }

    private static int[] sorted(int[] rows, int from, int to) {
        int[] out = Arrays.copyOfRange(rows, from, to);
        Arrays.sort(out);
        return out;
    }

    /** Indices of the first occurrence of each distinct (features, label) row. */
    static int[] distinctRows(Dataset d) {
        Set<RowKey> seen = new HashSet<>();
        int[] keep = new int[d.rows()];
        int count = 0;
        for (int i = 0; i < d.rows(); i++) {
            if (seen.add(RowKey.of(d, i))) {
                keep[count++] = i;
            }
        }
        return Arrays.copyOf(keep, count);
    }
}
