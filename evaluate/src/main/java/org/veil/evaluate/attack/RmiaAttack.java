package org.veil.evaluate.attack;

import java.util.Arrays;
import java.util.Objects;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.evaluate.shadow.ModelPool;

/**
 * The robust membership-inference attack RMIA (Zarifzadeh, Liu, Pasquini, Shokri 2024, "Low-cost
 * high-power membership inference attacks", ICML, section 3). For a candidate x and population
 * samples z (non-members of the target):
 *
 * <pre>
 *   LR(x, z) = (Pr(x | θ) / Pr(x)) / (Pr(z | θ) / Pr(z))          (equation 3)
 *   score(x) = Pr_z[ LR(x, z) ≥ γ ]                                 (equation 4)
 * </pre>
 *
 * where Pr(· | θ) is the target's probability of the true label and Pr(·) its average over reference
 * models. It compares x with many population points at once and so works with few reference models
 * (section 5: strong with 1–4). The reference models are the {@link ModelPool} of LiRA (balanced
 * design over exactly these candidates); population samples are never in any reference model, so
 * Pr(z) always uses the offline approximation ½((1 + a)·Pr_out(z) + (1 − a)).
 *
 * <p>Thread safety: immutable. Randomness: only the calibration/evaluation split.
 */
public final class RmiaAttack implements Attack {
    /** The name in reports and on the command line. */
    public static final String NAME = "rmia";
    private final ModelPool references;
    private final Dataset population;
    private final RmiaOptions options;

    /**
     * @param references reference models over the candidates (at least 1; 2 or more for online)
     * @param population samples from the data distribution that are in neither the target's nor any
     *                   reference model's training data (at least 1 row)
     */
    public RmiaAttack(ModelPool references, Dataset population, RmiaOptions options) {
        this.references = Objects.requireNonNull(references, "references");
        this.population = Objects.requireNonNull(population, "population");
        this.options = Objects.requireNonNull(options, "options");
        if (population.rows() < 1) {
            throw new IllegalArgumentException("population has 0 rows, allowed: >= 1 (more rows give finer scores)");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AttackResult run(Classifier target, Dataset members, Dataset nonMembers, AttackContext ctx) {
        Candidates c = Candidates.of(target, members, nonMembers);
        references.requireRows(c.all(), "these members and non-members");
        if (population.numFeatures() != members.numFeatures()) {
            throw new IllegalArgumentException("population has " + population.numFeatures() + " features, members "
                    + members.numFeatures() + ": they must share one schema");
        }
        double[] xTarget = trueLabel(target.predictProbabilities(c.all().features()), c.all().labels());
        double[] zTarget = trueLabel(target.predictProbabilities(population.features()), population.labels());
        double[] prX = prX(c.all());
        double[] prZ = prZ();
        double[] scores = scores(xTarget, prX, zTarget, prZ, options.gamma());
        int n = c.all().rows();
        return HonestEvaluation.evaluate(NAME, Arrays.copyOfRange(scores, 0, c.members()),
                Arrays.copyOfRange(scores, c.members(), n), ctx);
    }

    /**
     * Equation 4 for every x: the share of population samples z with
     * LR(x, z) = (Pr(x|θ)/Pr(x)) / (Pr(z|θ)/Pr(z)) ≥ γ, by sorting z's ratios once and binary search.
     */
    static double[] scores(double[] xTarget, double[] prX, double[] zTarget, double[] prZ, double gamma) {
        double[] ratioZ = new double[zTarget.length];
        for (int j = 0; j < ratioZ.length; j++) {
            ratioZ[j] = zTarget[j] / prZ[j];
        }
        Arrays.sort(ratioZ);
        double[] scores = new double[xTarget.length];
        for (int i = 0; i < scores.length; i++) {
            double ratioX = xTarget[i] / prX[i];
            // LR(x, z) = ratioX / ratioZ ≥ γ  ⇔  ratioZ ≤ ratioX / γ (all ratios are positive).
            scores[i] = (double) countAtMost(ratioZ, ratioX / gamma) / ratioZ.length;
        }
        return scores;
    }

    /** Pr(x): the mean over reference models (online) or the offline approximation from the out models. */
    private double[] prX(Dataset candidates) {
        double[][][] p = references.probabilities();
        boolean[][] in = references.design().inMask();
        int[] y = candidates.labels();
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double sumAll = 0;
            double sumOut = 0;
            int nOut = 0;
            for (int k = 0; k < p.length; k++) {
                double v = p[k][i][y[i]];
                sumAll += v;
                if (!in[k][i]) {
                    sumOut += v;
                    nOut++;
                }
            }
            if (options.online() || nOut == 0) {
                out[i] = floor(sumAll / p.length);
            } else {
                out[i] = offline(sumOut / nOut);
            }
        }
        return out;
    }

    private double[] prZ() {
        double[][][] p = references.probabilities(population);
        int[] y = population.labels();
        double[] out = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            double sum = 0;
            for (double[][] model : p) {
                sum += model[j][y[j]];
            }
            out[j] = offline(sum / p.length);
        }
        return out;
    }

    /** Section 3 (offline): Pr(x) ≈ ½((1 + a)·Pr_out(x) + (1 − a)). */
    private double offline(double prOut) {
        return floor(0.5 * ((1 + options.offlineA()) * prOut + (1 - options.offlineA())));
    }

    private static double floor(double v) {
        return Math.max(v, 1e-300);
    }

    private static double[] trueLabel(double[][] p, int[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = p[i][y[i]];
        }
        return out;
    }

    /** Number of sorted values ≤ bound (binary search). */
    static int countAtMost(double[] sorted, double bound) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
