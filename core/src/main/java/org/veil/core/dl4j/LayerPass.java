package org.veil.core.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer of Veil's own forward and backward pass over a DL4J network, written so that every
 * example's gradient can be bounded separately (DP-SGD needs per-example gradient norms, which
 * DL4J's summed gradients do not give). A pass keeps what its backward step needs (inputs,
 * pre-activations, deltas) between {@link #forward} and {@link #backward}; rows never mix, so row
 * i of every array depends on example i only.
 *
 * <p>Not thread-safe: a pass belongs to one {@link PrivateGradients}, which holds the model lock.
 */
interface LayerPass {

    /** The layer's output for a batch (rows = examples). */
    INDArray forward(INDArray input);

    /**
     * Back-propagates dL/d(output) row by row; stores what {@link #squaredNorms} and
     * {@link #accumulate} need.
     *
     * @param epsilon           dL/d(output), one row (or leading index) per example
     * @param needInputGradient whether the caller needs dL/d(input) (false for the first layer)
     * @return dL/d(input), or null when not needed
     */
    INDArray backward(INDArray epsilon, boolean needInputGradient);

    /** Whether this layer has trainable parameters (and takes part in clipping). */
    default boolean hasParameters() {
        return false;
    }

    /** Each example's squared L2 norm of this layer's gradient (weights and bias), after {@link #backward}. */
    default double[] squaredNorms() {
        throw new UnsupportedOperationException("layer has no parameters");
    }

    /** Adds Σ_i factor_i · g_i (this layer's per-example gradients) to the layer's gradient views. */
    default void accumulate(INDArray factors) {
        throw new UnsupportedOperationException("layer has no parameters");
    }

    /** A short description for error messages, e.g. "dense 784->256 relu". */
    String describe();
}
