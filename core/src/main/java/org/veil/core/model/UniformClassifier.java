package org.veil.core.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.veil.core.error.DataFormatException;

/**
 * The model that knows nothing: every row gets probability 1/m for each of the m classes (so
 * {@link #predict} answers the first class). A trainer returns it when it has no labels to learn
 * from, for example a PATE student none of whose queries the aggregator answered: that outcome is
 * a legitimate result of a small budget, to be reported (chance accuracy) rather than turned into
 * a crash. Saved as a zip with one entry, {@value #ENTRY}. Immutable and thread-safe.
 *
 * @param numFeatures input width, &gt;= 0 (checked on every prediction)
 * @param classNames  class values, index = class, at least 2
 */
public record UniformClassifier(int numFeatures, List<String> classNames) implements SavableClassifier {
    /** The value of {@link #format()}. */
    public static final String FORMAT = "uniform";
    /** The zip entry holding the JSON form. */
    public static final String ENTRY = "uniform.json";

    public UniformClassifier {
        if (numFeatures < 0) {
            throw new IllegalArgumentException("numFeatures=" + numFeatures + ", allowed: >= 0");
        }
        classNames = List.copyOf(classNames);
        if (classNames.size() < 2) {
            throw new IllegalArgumentException(classNames.size() + " classes, allowed: >= 2");
        }
    }

    @Override
    public double[][] predictProbabilities(double[][] x) {
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != numFeatures) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, the model "
                        + numFeatures);
            }
            p[i] = new double[classNames.size()];
            Arrays.fill(p[i], 1.0 / classNames.size());
        }
        return p;
    }

    @Override
    public int numClasses() {
        return classNames.size();
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
    public static UniformClassifier load(Path file) throws IOException {
        return JsonModelZip.read(file, ENTRY, UniformClassifier.class, "uniform model", "a");
    }
}
