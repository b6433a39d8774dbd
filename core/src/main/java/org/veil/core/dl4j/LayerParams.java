package org.veil.core.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's parameter views and the matching views into the network's flattened gradient, where
 * {@link LayerPass#accumulate} adds the clipped per-example gradients.
 *
 * @param weights        W (a view into the network's parameters)
 * @param bias           b, or null when the layer has none
 * @param weightGradient the gradient view of W
 * @param biasGradient   the gradient view of b, or null
 */
record LayerParams(INDArray weights, INDArray bias, INDArray weightGradient, INDArray biasGradient) {
}
