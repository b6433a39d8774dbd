package org.veil.evaluate.attack;

import java.util.List;
import java.util.SplittableRandom;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.train.SyntheticData;

/**
 * A setting where membership is plainly learnable: labels are coin flips, so a model can only be
 * right on rows it memorised. A wide MLP trained long on the members is right on them and at chance on
 * everything else, which every sound attack must detect; a model that never saw the members must leave
 * every attack at chance.
 */
final class Memorisation {
    static final int FEATURES = 10;

    private Memorisation() {
    }

    /** n rows of Gaussian features with coin-flip labels. */
    static Dataset randomLabels(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][FEATURES];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < FEATURES; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = r.nextInt(2);
        }
        return SyntheticData.dataset("coin-flips", x, y, List.of("heads", "tails"));
    }

    /** A trainer that memorises a few hundred rows in about a second. */
    static BaselineTrainer memoriser() {
        return new BaselineTrainer(new BaselineOptions(MlpSpec.relu(64), 150, 50,
                Optimizer.Adam.withLearningRate(1e-2), 0));
    }

    static Dataset rows(Dataset d, int from, int to) {
        return d.subset(java.util.stream.IntStream.range(from, to).toArray(), d.split());
    }
}
