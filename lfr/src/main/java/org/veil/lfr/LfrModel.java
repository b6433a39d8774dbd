package org.veil.lfr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.veil.core.error.DataFormatException;
import org.veil.core.model.JsonModelZip;
import org.veil.core.model.SavableClassifier;
import org.veil.lfr.model.Memberships;

/**
 * A fitted Learned Fair Representation (Zemel et al. 2013): k prototypes, the label head's weights and
 * the distance weights, with the two views of {@code transform} — the prototype memberships M_n (the
 * representation, eq. 2) and the reconstruction x̂_n (eq. 5) — and the label head's prediction ŷ_n
 * (eq. 6) as a {@link org.veil.core.model.Classifier} over the two classes.
 *
 * <p>With two sets of α (the paper's α⁺ and α⁻) a row's side must be known: {@link #sideOf} reads it from
 * the one-hot feature columns of the privileged groups ({@code privilegedFeatures}), so the plain
 * {@code predictProbabilities(x)} works for any caller, attacks included. Deterministic, immutable and
 * thread-safe. Saved as a zip with one entry, {@value #ENTRY}.
 *
 * @param mode               which objective was fitted
 * @param prototypes         V, k × d
 * @param labelWeights       w, k values in (0, 1)
 * @param alphas             α, 0, 1 (shared) or 2 (unprivileged, privileged) rows of d values
 * @param featureNames       the encoded input features, d names
 * @param protectedColumn    the protected attribute's column
 * @param privilegedGroups   the groups on the privileged side
 * @param privilegedFeatures the feature indices of the privileged groups' one-hot columns (used with 2 α sets)
 * @param classNames         the label's two classes
 * @param favourableClass    index of the favourable class (ŷ is its probability)
 */
public record LfrModel(LfrMode mode, double[][] prototypes, double[] labelWeights, double[][] alphas,
        List<String> featureNames, String protectedColumn, List<String> privilegedGroups,
        int[] privilegedFeatures, List<String> classNames, int favourableClass) implements SavableClassifier {
    /** The value of {@link #format()}. */
    public static final String FORMAT = "veil-lfr";
    /** The zip entry holding the JSON form. */
    public static final String ENTRY = "lfr.json";

    public LfrModel {
        Objects.requireNonNull(mode, "mode");
        featureNames = List.copyOf(featureNames);
        privilegedGroups = List.copyOf(privilegedGroups);
        classNames = List.copyOf(classNames);
        if (prototypes.length < 2 || labelWeights.length != prototypes.length) {
            throw new IllegalArgumentException(prototypes.length + " prototypes and " + labelWeights.length
                    + " label weights, allowed: equal and >= 2");
        }
        for (double[] v : prototypes) {
            if (v.length != featureNames.size()) {
                throw new IllegalArgumentException("prototype width " + v.length + ", features "
                        + featureNames.size());
            }
        }
        if (alphas.length > 2 || (mode == LfrMode.AIF360) != (alphas.length == 0)) {
            throw new IllegalArgumentException(alphas.length + " alpha sets with mode " + mode);
        }
        if (alphas.length == 2 && privilegedFeatures.length == 0) {
            throw new IllegalArgumentException("two alpha sets need the privileged groups' feature columns");
        }
        if (classNames.size() != 2 || favourableClass < 0 || favourableClass > 1) {
            throw new IllegalArgumentException("classes " + classNames + ", favourableClass=" + favourableClass
                    + ", allowed: 2 classes, index 0 or 1");
        }
    }

    /** Number of prototypes k. */
    public int k() {
        return prototypes.length;
    }

    /** 1 when the row is on the privileged side (one of its privileged one-hot columns is set), else 0. */
    public int sideOf(double[] x) {
        for (int f : privilegedFeatures) {
            if (x[f] > 0.5) {
                return 1;
            }
        }
        return 0;
    }

    /** The representation: memberships M_n over the k prototypes (eq. 2), one row per input row. */
    public double[][] memberships(double[][] x) {
        double[][] m = new double[x.length][k()];
        double[] d = new double[k()];
        for (int n = 0; n < x.length; n++) {
            check(n, x[n]);
            Memberships.compute(x[n], prototypes, alphaFor(x[n]), d, m[n]);
        }
        return m;
    }

    /** The reconstruction x̂_n = Σ_k M_nk v_k (eq. 5), in the encoded feature space. */
    public double[][] reconstruct(double[][] x) {
        double[][] m = memberships(x);
        double[][] out = new double[x.length][featureNames.size()];
        for (int n = 0; n < x.length; n++) {
            Memberships.reconstruct(m[n], prototypes, out[n]);
        }
        return out;
    }

    /** ŷ_n = Σ_k M_nk w_k (eq. 6), the probability of the favourable class. */
    public double[] favourableProbability(double[][] x) {
        double[][] m = memberships(x);
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = Math.min(1, Math.max(0, Memberships.label(m[n], labelWeights)));
        }
        return y;
    }

    @Override
    public double[][] predictProbabilities(double[][] x) {
        double[] y = favourableProbability(x);
        double[][] p = new double[x.length][2];
        for (int n = 0; n < x.length; n++) {
            p[n][favourableClass] = y[n];
            p[n][1 - favourableClass] = 1 - y[n];
        }
        return p;
    }

    @Override
    public int numClasses() {
        return 2;
    }

    private double[] alphaFor(double[] x) {
        if (alphas.length == 0) {
            return null;
        }
        return alphas.length == 1 ? alphas[0] : alphas[sideOf(x)];
    }

    private void check(int n, double[] row) {
        if (row.length != featureNames.size()) {
            throw new IllegalArgumentException("row " + n + " has " + row.length + " features, the model "
                    + featureNames.size());
        }
    }

    @Override
    public void save(Path file) throws IOException {
        JsonModelZip.write(file, ENTRY, this);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws DataFormatException when the file has no readable {@value #ENTRY}
     */
    public static LfrModel load(Path file) throws IOException {
        return JsonModelZip.read(file, ENTRY, LfrModel.class, "LFR model", "an");
    }
}
