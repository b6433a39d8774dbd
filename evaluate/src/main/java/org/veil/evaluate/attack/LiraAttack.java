package org.veil.evaluate.attack;

import java.util.Arrays;
import java.util.Objects;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.evaluate.shadow.ModelPool;

/**
 * The likelihood-ratio attack LiRA (Carlini, Chien, Nasr, Song, Terzis, Tramèr 2022, "Membership
 * inference attacks from first principles", IEEE S&amp;P, section IV, Algorithm 1). For each candidate
 * the logit-scaled confidence φ (section IV-B) of the reference models trained with it ("in") and
 * without it ("out") is fitted by Gaussians; the target's φ is scored by the log likelihood ratio of
 * the two (online) or by how far it lies above the out Gaussian (offline, section IV-C, the one-sided
 * test). The reference models come from a {@link ModelPool} with the balanced design over exactly
 * these candidates (members then non-members), trained with the target's own trainer and options.
 *
 * <p>Assumes black-box access to the target's probabilities, the candidates' labels and the
 * ability to train models like the target on data from the same distribution.
 * Thread safety: immutable. Randomness: only the calibration/evaluation split (the context's seed).
 */
public final class LiraAttack implements Attack {
    /** Floor of a standard deviation, so that identical reference statistics do not divide by zero. */
    static final double MIN_SD = 1e-12;
    private final ModelPool references;
    private final LiraOptions options;

    public LiraAttack(ModelPool references, LiraOptions options) {
        this.references = Objects.requireNonNull(references, "references");
        this.options = Objects.requireNonNull(options, "options");
        if (references.size() < LiraOptions.MIN_MODELS) {
            throw new IllegalArgumentException("shadow-models=" + references.size() + ", allowed: >= "
                    + LiraOptions.MIN_MODELS + " for LiRA (every example needs at least 2 reference models trained "
                    + "with it and 2 without; 16 or more give a useful attack)");
        }
    }

    @Override
    public String name() {
        return options.online() ? "lira" : "lira-offline";
    }

    @Override
    public AttackResult run(Classifier target, Dataset members, Dataset nonMembers, AttackContext ctx) {
        Candidates c = Candidates.of(target, members, nonMembers);
        references.requireRows(c.all(), "these members and non-members");
        double[] phi = phi(target.predictProbabilities(c.all().features()), c.all().labels());
        double[][][] p = references.probabilities();
        boolean[][] in = references.design().inMask();
        int n = c.all().rows();
        double[][] inStats = new double[n][];
        double[][] outStats = new double[n][];
        for (int i = 0; i < n; i++) {
            int label = c.all().labels()[i];
            inStats[i] = stats(p, in, i, label, true);
            outStats[i] = stats(p, in, i, label, false);
            if ((options.online() && inStats[i].length < 2) || outStats[i].length < 2) {
                throw new IllegalArgumentException("candidate " + i + " has " + inStats[i].length + " reference "
                        + "models with it and " + outStats[i].length + " without, allowed: at least 2 of each");
            }
        }
        double globalIn = options.fixedVariance() ? medianSd(inStats) : Double.NaN;
        double globalOut = options.fixedVariance() ? medianSd(outStats) : Double.NaN;
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            double sdOut = options.fixedVariance() ? globalOut : Math.max(LiraStatistics.sd(outStats[i]), MIN_SD);
            double meanOut = LiraStatistics.mean(outStats[i]);
            if (options.online()) {
                double sdIn = options.fixedVariance() ? globalIn : Math.max(LiraStatistics.sd(inStats[i]), MIN_SD);
                // Carlini et al. 2022, Algorithm 1 line 11: Λ = N(φ; μ_in, σ_in²) / N(φ; μ_out, σ_out²).
                scores[i] = LiraStatistics.online(phi[i], LiraStatistics.mean(inStats[i]), sdIn, meanOut, sdOut);
            } else {
                // Carlini et al. 2022, section IV-C: one-sided test against the out distribution only.
                scores[i] = LiraStatistics.offline(phi[i], meanOut, sdOut);
            }
        }
        return HonestEvaluation.evaluate(name(), Arrays.copyOfRange(scores, 0, c.members()),
                Arrays.copyOfRange(scores, c.members(), n), ctx);
    }

    static double[] phi(double[][] probabilities, int[] labels) {
        double[] out = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = LiraStatistics.logitConfidence(probabilities[i], labels[i]);
        }
        return out;
    }

    private static double[] stats(double[][][] p, boolean[][] in, int row, int label, boolean wanted) {
        double[] buf = new double[p.length];
        int count = 0;
        for (int k = 0; k < p.length; k++) {
            if (in[k][row] == wanted) {
                buf[count++] = LiraStatistics.logitConfidence(p[k][row], label);
            }
        }
        return Arrays.copyOf(buf, count);
    }

    /** Median over examples of the per-example standard deviation (Carlini et al.'s fixed variance). */
    private static double medianSd(double[][] stats) {
        double[] sd = new double[stats.length];
        int count = 0;
        for (double[] s : stats) {
            if (s.length >= 2) {
                sd[count++] = LiraStatistics.sd(s);
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("no candidate has 2 reference models on one side: train more models");
        }
        double[] v = Arrays.copyOf(sd, count);
        Arrays.sort(v);
        double median = count % 2 == 1 ? v[count / 2] : (v[count / 2 - 1] + v[count / 2]) / 2;
        return Math.max(median, MIN_SD);
    }
}
