package org.veil.evaluate.attack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.veil.core.data.DataSource;
import org.veil.core.data.Dataset;
import org.veil.core.data.Schema;
import org.veil.core.model.Classifier;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;
import org.veil.core.tribuo.LogisticRegressionOptions;
import org.veil.core.tribuo.TribuoTrainer;
import org.veil.evaluate.shadow.ModelPool;
import org.veil.evaluate.shadow.PoolDesign;

/**
 * The shadow-model attack of Shokri, Stronati, Song and Shmatikov 2017 ("Membership inference attacks
 * against machine learning models", IEEE S&amp;P, section IV). K shadow models are trained with the
 * target's own trainer and options on disjoint parts of population data (each on one half of its
 * part, the other half being its known non-members: the {@link PoolDesign#disjoint} design); an
 * attack model learns from the shadow models' predictions on their in and out rows whether a
 * prediction came from a training example, and is then applied to the target's predictions.
 * Attack models are logistic regressions (Tribuo) on {@link ShadowFeatures}, standardised; one per
 * class (the paper's choice) when {@code perClass} and each class has examples of both kinds, else
 * one global model.
 *
 * <p>Thread safety: immutable. Randomness: the attack models' training is seeded from the context's
 * seed; the calibration/evaluation split as in every attack.
 */
public final class ShadowModelAttack implements Attack {
    /** The name in reports and on the command line. */
    public static final String NAME = "shadow";
    private final ModelPool shadows;
    private final boolean perClass;

    public ShadowModelAttack(ModelPool shadows, boolean perClass) {
        this.shadows = Objects.requireNonNull(shadows, "shadows");
        this.perClass = perClass;
        if (!PoolDesign.DISJOINT.equals(shadows.design().kind())) {
            throw new IllegalArgumentException("the shadow-model attack needs shadow models on disjoint data (design "
                    + PoolDesign.DISJOINT + "), got " + shadows.design().kind());
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AttackResult run(Classifier target, Dataset members, Dataset nonMembers, AttackContext ctx) {
        Candidates c = Candidates.of(target, members, nonMembers);
        Training t = trainingSet();
        Standardiser std = Standardiser.fit(t.x());
        int classes = c.all().numClasses();
        Classifier[] models = new Classifier[classes];
        Classifier global = fit(t.x(), t.member(), std, Randomness.derive(ctx.seed(), classes));
        for (int cl = 0; cl < classes; cl++) {
            models[cl] = global;
            if (perClass) {
                int[] rows = rowsOfClass(t.label(), cl);
                if (bothKinds(t.member(), rows)) {
                    models[cl] = fit(pick(t.x(), rows), pick(t.member(), rows), std, Randomness.derive(ctx.seed(), cl));
                }
            }
        }
        double[][] features = ShadowFeatures.of(target.predictProbabilities(c.all().features()), c.all().labels());
        double[] scores = new double[c.all().rows()];
        for (int cl = 0; cl < classes; cl++) {
            // One batch per attack model instead of one prediction call per row.
            int[] rows = rowsOfClass(c.all().labels(), cl);
            double[][] z = new double[rows.length][];
            for (int k = 0; k < rows.length; k++) {
                z[k] = std.apply(features[rows[k]]);
            }
            double[][] p = rows.length == 0 ? new double[0][] : models[cl].predictProbabilities(z);
            for (int k = 0; k < rows.length; k++) {
                scores[rows[k]] = p[k][1];
            }
        }
        return HonestEvaluation.evaluate(NAME, Arrays.copyOfRange(scores, 0, c.members()),
                Arrays.copyOfRange(scores, c.members(), scores.length), ctx);
    }

    /** The shadow models' predictions on their own in (member) and out rows (Shokri et al., section IV-C). */
    private Training trainingSet() {
        double[][][] p = shadows.probabilities();
        int[] y = shadows.data().labels();
        List<double[]> x = new ArrayList<>();
        List<Integer> member = new ArrayList<>();
        List<Integer> label = new ArrayList<>();
        for (int k = 0; k < shadows.size(); k++) {
            for (int[] rows : new int[][] {shadows.design().inRows()[k], shadows.design().outRows()[k]}) {
                boolean in = rows == shadows.design().inRows()[k];
                for (int i : rows) {
                    x.add(ShadowFeatures.of(p[k][i], y[i]));
                    member.add(in ? 1 : 0);
                    label.add(y[i]);
                }
            }
        }
        return new Training(x.toArray(new double[0][]), member.stream().mapToInt(Integer::intValue).toArray(),
                label.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Classifier fit(double[][] x, int[] member, Standardiser std, long seed) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = std.apply(x[i]);
        }
        List<String> names = List.of("phi", "logProbLabel", "logProbMax", "entropy", "correct");
        DataSource source = new DataSource("shadow-attack", "shadow model predictions", z.length, "0".repeat(64));
        Dataset d = new Dataset(source, "attack", z, member, List.of("out", "in"), new Schema(List.of(), names), null);
        return new TribuoTrainer(new LogisticRegressionOptions()).train(d, RunContext.seeded(seed)).model();
    }

    private static int[] rowsOfClass(int[] labels, int cl) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == cl).toArray();
    }

    private static boolean bothKinds(int[] member, int[] rows) {
        int in = 0;
        for (int r : rows) {
            in += member[r];
        }
        return in >= 2 && rows.length - in >= 2;
    }

    private static double[][] pick(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    private static int[] pick(int[] x, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    private record Training(double[][] x, int[] member, int[] label) {
    }

    /** Per-feature mean and standard deviation of the attack training set. */
    private record Standardiser(double[] mean, double[] sd) {
        static Standardiser fit(double[][] x) {
            int d = ShadowFeatures.SIZE;
            double[] m = new double[d];
            double[] s = new double[d];
            for (double[] r : x) {
                for (int j = 0; j < d; j++) {
                    m[j] += r[j] / x.length;
                }
            }
            for (double[] r : x) {
                for (int j = 0; j < d; j++) {
                    s[j] += (r[j] - m[j]) * (r[j] - m[j]) / x.length;
                }
            }
            for (int j = 0; j < d; j++) {
                s[j] = Math.max(Math.sqrt(s[j]), 1e-12);
            }
            return new Standardiser(m, s);
        }

        double[] apply(double[] r) {
            double[] z = new double[r.length];
            for (int j = 0; j < r.length; j++) {
                z[j] = (r[j] - mean[j]) / sd[j];
            }
            return z;
        }
    }
}
