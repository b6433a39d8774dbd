package org.veil.dpsgd;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How much noise DP-SGD adds: either a noise multiplier σ given directly, or a target ε at which
 * σ is calibrated before training for the planned number of steps. Serialised with a
 * {@code "type"} field ({@code noise-multiplier}, {@code target-epsilon}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NoiseBudget.NoiseMultiplier.class, name = "noise-multiplier"),
    @JsonSubTypes.Type(value = NoiseBudget.TargetEpsilon.class, name = "target-epsilon")
})
public sealed interface NoiseBudget permits NoiseBudget.NoiseMultiplier, NoiseBudget.TargetEpsilon {

    /**
     * The Gaussian noise has standard deviation σ·C per coordinate (Abadi et al. 2016, Algorithm 1).
     *
     * @param noiseMultiplier σ, in (0, 10^4]
     */
    record NoiseMultiplier(double noiseMultiplier) implements NoiseBudget {
        public NoiseMultiplier {
            if (!(noiseMultiplier > 0 && noiseMultiplier <= 1e4)) {
                throw new IllegalArgumentException("noiseMultiplier=" + noiseMultiplier + ", allowed: (0, 10000]");
            }
        }
    }

    /**
     * Calibrate σ so that the planned run spends at most this ε; training never exceeds it.
     *
     * @param epsilon target ε, in (0, 1000]
     */
    record TargetEpsilon(double epsilon) implements NoiseBudget {
        public TargetEpsilon {
            if (!(epsilon > 0 && epsilon <= 1000)) {
                throw new IllegalArgumentException("epsilon=" + epsilon + ", allowed: (0, 1000]");
            }
        }
    }
}
