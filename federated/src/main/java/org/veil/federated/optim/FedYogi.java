package org.veil.federated.optim;

/**
 * FedYogi (Reddi et al. 2021, Alg. 2; Yogi from Zaheer et al. 2018, NeurIPS):
 * v_t = v_{t−1} − (1 − β2)·Δ_t²·sign(v_{t−1} − Δ_t²). Unlike Adam's, v moves towards Δ_t² by at most
 * (1 − β2)·Δ_t² per step, so it stays positive from v_{−1} = τ² &gt; 0 and does not collapse when the
 * deltas become small.
 *
 * <p>Thread safety: mutable, not thread-safe. Randomness: none.
 */
public final class FedYogi extends AdaptiveServerOptimizer {
    private final FedYogiOptions options;

    public FedYogi(FedYogiOptions options) {
        super(options.learningRate(), options.beta1(), options.tau());
        this.options = options;
    }

    @Override
    double secondMoment(double previous, double deltaSquared) {
        // v_t = v_{t−1} − (1 − β2) Δ_t² sign(v_{t−1} − Δ_t²) (Reddi et al. 2021, Alg. 2, FedYogi)
        return previous - (1 - options.beta2()) * deltaSquared * Math.signum(previous - deltaSquared);
    }

    /** The options. */
    public FedYogiOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "fedyogi";
    }
}
