package org.veil.cli.evaluate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.data.RowKey;
import org.veil.core.run.Randomness;

/**
 * The rows an attack is run on, chosen from the loaded data: members, non-members and (for RMIA and
 * the shadow-model attack) the population the attacker draws other samples from. Checked for
 * overlap by row index before anything is trained; each side is cut to at most {@code maxRows} rows.
 *
 * <p>Randomness: the subsample of side s (members 1, non-members 2, population 3) keeps the first
 * {@code maxRows} of a Fisher–Yates shuffle with {@code new SplittableRandom(Randomness.derive(seed, s))},
 * in ascending row order, so the same flags always give the same rows (and a saved reference pool
 * can be reused).
 *
 * <p>Rows of other indices whose features and label equal a member's (real data has such duplicates:
 * 19 of Adult's test rows repeat a training row after encoding) were in effect trained on, so they are
 * dropped from the non-members and the population and counted in {@code duplicatesDropped}. Immutable.
 *
 * @param members           member rows
 * @param nonMembers        non-member rows
 * @param population        population rows, or null when the attack needs none
 * @param populationText    where the population came from, for the report; null when none
 * @param duplicatesDropped non-member and population rows dropped as copies of a member row
 */
record MiaRows(Dataset members, Dataset nonMembers, Dataset population, String populationText,
        int duplicatesDropped) {

    /**
     * Selects the rows.
     *
     * @param population     the {@code --population} spec, or null for the default (test rows that are neither
     *                       members nor non-members)
     * @param needPopulation whether the attack uses a population
     * @param maxRows        most rows per side, or null for all
     */
    static MiaRows select(DatasetSplit data, String members, String nonMembers, String population,
            boolean needPopulation, Integer maxRows, long seed) {
        if (maxRows != null && maxRows < 2) {
            throw new IllegalArgumentException("--max-rows=" + maxRows + ", allowed: >= 2");
        }
        RowSpec m = RowSpec.parse("--members", members, data);
        RowSpec n = RowSpec.parse("--non-members", nonMembers, data);
        if (m.rows().length == 0) {
            throw new IllegalArgumentException("--members " + members + " selects no rows: the member set is empty");
        }
        if (n.rows().length == 0) {
            throw new IllegalArgumentException("--non-members " + nonMembers + " selects no rows: the non-member set "
                    + "is empty");
        }
        m.requireDisjoint(n);
        m = cut(m, maxRows, seed, 1);
        n = cut(n, maxRows, seed, 2);
        Dataset memberData = m.select(data);
        Set<RowKey> memberRows = RowKey.all(memberData);
        if (!needPopulation) {
            RowSpec nk = withoutCopies(n, data, memberRows);
            return new MiaRows(memberData, nk.select(data), null, null, n.rows().length - nk.rows().length);
        }
        RowSpec p = population == null ? defaultPopulation(data, m, n) : RowSpec.parse("--population", population, data);
        m.requireDisjoint(p);
        n.requireDisjoint(p);
        if (p.rows().length == 0) {
            throw new IllegalArgumentException("no population rows left: the test split's " + data.test().rows()
                    + " rows are all members or non-members; pass --population, or fewer non-members (e.g. "
                    + "--non-members test:0-" + data.test().rows() / 2 + ")");
        }
        p = cut(p, maxRows, seed, 3);
        RowSpec nk = withoutCopies(n, data, memberRows);
        RowSpec pk = withoutCopies(p, data, memberRows);
        String text = (population == null ? "test rows not attacked" : population) + " (" + pk.rows().length
                + " rows)";
        int dropped = n.rows().length - nk.rows().length + p.rows().length - pk.rows().length;
        return new MiaRows(memberData, nk.select(data), pk.select(data), text, dropped);
    }

    /** {@code spec} without the rows equal (features and label) to a member row. */
    private static RowSpec withoutCopies(RowSpec spec, DatasetSplit data, Set<RowKey> members) {
        Dataset d = spec.select(data);
        int[] kept = IntStream.range(0, d.rows())
                .filter(i -> !members.contains(RowKey.of(d, i))).toArray();
        return kept.length == d.rows() ? spec : spec.keep(kept);
    }

    /** Test rows in neither candidate set. */
    private static RowSpec defaultPopulation(DatasetSplit data, RowSpec members, RowSpec nonMembers) {
        Set<Integer> used = new HashSet<>();
        for (RowSpec s : new RowSpec[] {members, nonMembers}) {
            if (RowSpec.TEST.equals(s.split())) {
                Arrays.stream(s.rows()).forEach(used::add);
            }
        }
        int[] rest = IntStream.range(0, data.test().rows()).filter(i -> !used.contains(i)).toArray();
        return new RowSpec("--population", "default", RowSpec.TEST, rest);
    }

    private static RowSpec cut(RowSpec spec, Integer maxRows, long seed, int side) {
        int n = spec.rows().length;
        if (maxRows == null || n <= maxRows) {
            return spec;
        }
        int[] positions = IntStream.range(0, n).toArray();
        Randomness.shuffle(positions, new SplittableRandom(Randomness.derive(seed, side)));
        int[] kept = Arrays.copyOf(positions, maxRows);
        Arrays.sort(kept);
        return spec.keep(kept);
    }
}
