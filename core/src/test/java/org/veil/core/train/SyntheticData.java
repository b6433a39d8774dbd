package org.veil.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.veil.core.data.DataSource;
import org.veil.core.data.Dataset;
import org.veil.core.data.Schema;

/** Small synthetic data sets for fast model tests (test fixture). */
public final class SyntheticData {

    private SyntheticData() {
    }

    /**
     * Two Gaussian blobs in {@code d} dimensions with unit variance, centred at -1.5 and +1.5 on
     * every axis: the Bayes-optimal accuracy is Φ(1.5·√d), above 99.9% for d ≥ 4.
     */
    public static Dataset blobs(int n, int d, long seed, List<String> classNames) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(2);
            double centre = y[i] == 0 ? -1.5 : 1.5;
            for (int j = 0; j < d; j++) {
                x[i][j] = centre + gaussian(r);
            }
        }
        return dataset("blobs", x, y, classNames);
    }

    /**
     * XOR of the signs of two uniform features on [-1, 1] (plus {@code noiseDims} irrelevant
     * uniform features): no linear classifier beats about 50%, while a small MLP can approach 100%.
     */
    public static Dataset xor(int n, int noiseDims, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = 2 + noiseDims;
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextDouble(-1, 1);
            }
            y[i] = (x[i][0] > 0) == (x[i][1] > 0) ? 0 : 1;
        }
        return dataset("xor", x, y, List.of("same", "different"));
    }

    /** A data set with generic feature names {@code f0..f(d-1)}. */
    public static Dataset dataset(String name, double[][] x, int[] y, List<String> classNames) {
        int d = x.length == 0 ? 0 : x[0].length;
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("f" + j);
        }
        DataSource source = new DataSource(name, "synthetic:" + name, x.length, "0".repeat(64));
        return new Dataset(source, "train", x, y, classNames, new Schema(List.of(), names), null);
    }

    // Box-Muller (Box and Muller 1958, eq. 1).
    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
