package org.veil.evaluate.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;

/**
 * Shadow or reference models trained by the attacker on known subsets of one data set (the
 * {@link PoolDesign}), with their predictions cached so that several attacks (LiRA online and offline,
 * RMIA, the shadow-model attack) reuse one set of trained models.
 *
 * <p>Thread-safe: the models are only queried; caches are concurrent maps. No randomness.
 */
public final class ModelPool {
    private final Dataset data;
    private final PoolDesign design;
    private final List<Classifier> models;
    private final PoolInfo info;
    private final Map<Dataset, double[][][]> probabilities = new ConcurrentHashMap<>();

    /**
     * @param data   the rows the design indexes
     * @param design which rows each model trained on
     * @param models the trained models, in design order
     * @param info   how they were trained (method, options, seed, data digest)
     */
    public ModelPool(Dataset data, PoolDesign design, List<? extends Classifier> models, PoolInfo info) {
        this.data = Objects.requireNonNull(data, "data");
        this.design = Objects.requireNonNull(design, "design");
        this.models = List.copyOf(models);
        this.info = Objects.requireNonNull(info, "info");
        if (design.rows() != data.rows()) {
            throw new IllegalArgumentException("design indexes " + design.rows() + " rows, data has " + data.rows());
        }
        if (this.models.size() != design.models()) {
            throw new IllegalArgumentException(this.models.size() + " models for a design of " + design.models());
        }
        for (Classifier m : this.models) {
            if (m.numClasses() != data.numClasses()) {
                throw new IllegalArgumentException("a pool model has " + m.numClasses() + " classes, data has "
                        + data.numClasses());
            }
        }
    }

    public Dataset data() {
        return data;
    }

    public PoolDesign design() {
        return design;
    }

    public List<Classifier> models() {
        return models;
    }

    public PoolInfo info() {
        return info;
    }

    public int size() {
        return models.size();
    }

    /** probabilities[k][i][c] of every pool model on {@code rows} (cached per data set instance). */
    public double[][][] probabilities(Dataset rows) {
        return probabilities.computeIfAbsent(rows, d -> {
            double[][][] out = new double[models.size()][][];
            for (int k = 0; k < models.size(); k++) {
                out[k] = models.get(k).predictProbabilities(d.features());
            }
            return out;
        });
    }

    /** Probabilities of the pool models on the pool's own rows. */
    public double[][][] probabilities() {
        return probabilities(data);
    }

    /**
     * Refuses a pool trained on other rows than {@code candidates} (compared by {@link RowsDigest}).
     *
     * @throws IllegalArgumentException naming both digests
     */
    public void requireRows(Dataset candidates, String what) {
        String digest = RowsDigest.of(candidates);
        if (!digest.equals(info.rowsSha256())) {
            throw new IllegalArgumentException("the " + info.kind() + " models were trained on other rows than " + what
                    + " (rows sha256 " + info.rowsSha256() + " vs " + digest + "): train them on these members and "
                    + "non-members, or pass the matching --reference-models directory");
        }
    }

    /**
     * How a pool was made: enough to reproduce it exactly.
     *
     * @param kind       {@code reference} (balanced design over candidates) or {@code shadow} (disjoint design)
     * @param method     training method of the models (the target's)
     * @param options    the target's training options, as JSON
     * @param seed       seed of the design and of each model's training (model k uses derive(seed, k))
     * @param rowsSha256 {@link RowsDigest} of the rows the design indexes
     */
    public record PoolInfo(String kind, String method, JsonNode options, long seed, String rowsSha256) {
        public PoolInfo {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(rowsSha256, "rowsSha256");
        }
    }
}
