package org.veil.lfr.model;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.veil.lfr.LfrMode;

/**
 * The LFR objective and its analytic gradient with respect to the unconstrained θ of
 * {@link ParameterLayout} (Zemel et al. 2013, Section 2, eq. 1-7; AIF360's variant for {@link LfrMode#AIF360}).
 *
 * <p>For row n on side g: d_nk = Σ_i α_{g,i}(x_ni − v_ki)² (eq. 3; Euclidean ‖x_n − v_k‖ without α in
 * AIF360 mode), M_nk = softmax_k(−d_nk) (eq. 2), x̂_n = Σ_k M_nk v_k (eq. 5), ŷ_n = Σ_k M_nk w_k (eq. 6).
 * The gradient is back-propagated by hand in two passes over row blocks (the second needs the sign of
 * every prototype's parity gap, which depends on all rows); see {@link GradientPass}. Checked against
 * central differences in the tests.
 *
 * <p>Not thread-safe: an instance keeps per-row scratch state; it runs its own passes on {@code pool}.
 * Deterministic: blocks are fixed and their sums are added in block order.
 */
public final class LfrObjective {
    private final LfrProblem data;
    private final ParameterLayout layout;
    private final LfrMode mode;
    private final ForkJoinPool pool;
    private final RowState state;
    private final SparseRows rows;
    private final int blocks;
    private final LossScale scale;

    public LfrObjective(LfrProblem data, ParameterLayout layout, LossWeights weights, LfrMode mode, ForkJoinPool pool) {
        if (layout.features() != data.features()) {
            throw new IllegalArgumentException("layout has " + layout.features() + " features, data has "
                    + data.features());
        }
        if ((mode == LfrMode.AIF360) != (layout.alphaSets() == 0)) {
            throw new IllegalArgumentException("alphaSets=" + layout.alphaSets() + " with mode " + mode
                    + ", allowed: 0 for AIF360, 1 or 2 for PAPER");
        }
        this.data = data;
        this.layout = layout;
        this.mode = mode;
        this.pool = pool;
        this.state = new RowState(data.rows(), layout.prototypes());
        this.rows = new SparseRows(data.x());
        this.blocks = Math.max(1, Math.min(data.rows(), 4 * pool.getParallelism()));
        this.scale = new LossScale(data, layout, weights, mode);
    }

    public ParameterLayout layout() {
        return layout;
    }

    /** The three loss terms at θ (unweighted) and the total, for reports. */
    public LossTerms terms(double[] theta) {
        ForwardPass.Sums s = forward(theta);
        return scale.terms(s);
    }

    /** The label head's accuracy and parity on these rows at the θ of the last evaluation. */
    public PredictionStats predictions() {
        long correct = 0;
        double[] selected = new double[2];
        double[] rows = new double[2];
        for (int n = 0; n < data.rows(); n++) {
            int pred = state.yHat[n] > 0.5 ? 1 : 0;
            correct += pred == data.favourable()[n] ? 1 : 0;
            selected[data.privileged()[n]] += pred;
            rows[data.privileged()[n]]++;
        }
        return new PredictionStats((double) correct / data.rows(), selected[0] / rows[0] - selected[1] / rows[1]);
    }

    /** L(θ); writes ∂L/∂θ into {@code gradient}. */
    public double valueAndGradient(double[] theta, double[] gradient) {
        ForwardPass.Sums s = forward(theta);
        LossTerms t = scale.terms(s);
        if (!Double.isFinite(t.total())) {
            java.util.Arrays.fill(gradient, Double.NaN);
            return t.total();
        }
        double[] sign = new double[layout.prototypes()];
        for (int k = 0; k < sign.length; k++) {
            // d|P_k − Q_k| / d(P_k − Q_k), the subgradient 0 at a tie (eq. 4)
            sign[k] = Math.signum(s.privilegedMean(k) - s.unprivilegedMean(k));
        }
        GradientPass backward = new GradientPass(data, rows, theta, new Prototypes(layout, theta, mode), state, scale,
                sign);
        GradientPass.Sums g = run(b -> backward.block(lo(b), hi(b)), GradientPass.Sums::add);
        backward.finish(g, gradient);
        return t.total();
    }

    private ForwardPass.Sums forward(double[] theta) {
        ForwardPass fp = new ForwardPass(data, rows, layout, new Prototypes(layout, theta, mode), state);
        return run(b -> fp.block(lo(b), hi(b)), ForwardPass.Sums::add);
    }

    private int lo(int b) {
        return (int) ((long) data.rows() * b / blocks);
    }

    private int hi(int b) {
        return (int) ((long) data.rows() * (b + 1) / blocks);
    }

    private <T> T run(java.util.function.IntFunction<T> block, java.util.function.BinaryOperator<T> add) {
        @SuppressWarnings("unchecked")
        T[] parts = (T[]) new Object[blocks];
        pool.submit(() -> IntStream.range(0, blocks).parallel().forEach(b -> parts[b] = block.apply(b))).join();
        T total = parts[0];
        for (int b = 1; b < blocks; b++) {
            total = add.apply(total, parts[b]);
        }
        return total;
    }
}
