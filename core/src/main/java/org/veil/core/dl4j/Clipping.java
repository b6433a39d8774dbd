package org.veil.core.dl4j;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * How each example's gradient is clipped before the gradients of a batch are summed (Abadi et
 * al. 2016, Algorithm 1, "clip gradient"; per-layer clipping: McMahan et al. 2018, section 3,
 * "per-layer clipping"). The L2 sensitivity of the clipped sum to one example is
 * {@link #sensitivity()}: C for flat clipping, sqrt(Σ C_l²) for per-layer clipping.
 * Serialised to JSON with a {@code "type"} field ({@code flat}, {@code per-layer}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Clipping.Flat.class, name = "flat"),
    @JsonSubTypes.Type(value = Clipping.PerLayer.class, name = "per-layer")
})
public sealed interface Clipping permits Clipping.Flat, Clipping.PerLayer {

    /** The L2 norm bound of one example's clipped gradient over all parameters. */
    double sensitivity();

    /** The same kind of clipping with every bound multiplied by {@code factor} (in (0, 1]). */
    Clipping scaled(double factor);

    /**
     * Every example's gradient over all parameters is scaled to norm at most C:
     * g ← g · min(1, C / ‖g‖₂) (Abadi et al. 2016, Algorithm 1).
     *
     * @param maxGradNorm C, &gt; 0 and finite
     */
    record Flat(double maxGradNorm) implements Clipping {
        public Flat {
            check("maxGradNorm", maxGradNorm);
        }

        @Override
        public double sensitivity() {
            return maxGradNorm;
        }

        @Override
        public Clipping scaled(double factor) {
            return new Flat(maxGradNorm * factor);
        }
    }

    /**
     * Each parameterised layer's part of an example's gradient (weights and bias together) is
     * scaled to norm at most C_l; the whole gradient then has norm at most sqrt(Σ C_l²).
     *
     * @param maxGradNorms C_l per parameterised layer, input side first, each &gt; 0 and finite
     */
    record PerLayer(List<Double> maxGradNorms) implements Clipping {
        public PerLayer {
            maxGradNorms = List.copyOf(maxGradNorms);
            if (maxGradNorms.isEmpty()) {
                throw new IllegalArgumentException("maxGradNorms is empty, allowed: one bound per parameterised layer");
            }
            for (int i = 0; i < maxGradNorms.size(); i++) {
                check("maxGradNorms[" + i + "]", maxGradNorms.get(i));
            }
        }

        /**
         * The bound C split equally over {@code layers} layers, C_l = C / sqrt(layers), so that the
         * sensitivity stays C (McMahan et al. 2018, section 3).
         */
        public static PerLayer equalSplit(double maxGradNorm, int layers) {
            check("maxGradNorm", maxGradNorm);
            if (layers < 1) {
                throw new IllegalArgumentException("layers=" + layers + ", allowed: >= 1");
            }
            return new PerLayer(java.util.Collections.nCopies(layers, maxGradNorm / Math.sqrt(layers)));
        }

        @Override
        public double sensitivity() {
            double s = 0;
            for (double c : maxGradNorms) {
                s += c * c;
            }
            return Math.sqrt(s);
        }

        @Override
        public Clipping scaled(double factor) {
            return new PerLayer(maxGradNorms.stream().map(c -> c * factor).toList());
        }
    }

    private static void check(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + "=" + value + ", allowed: > 0 and finite");
        }
    }
}
