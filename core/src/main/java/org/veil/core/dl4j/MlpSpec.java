package org.veil.core.dl4j;

import java.util.List;
import java.util.Objects;

/**
 * A multilayer perceptron for tabular data: dense hidden layers of the given widths, each followed
 * by {@code activation}, then a dense softmax output layer.
 *
 * @param hiddenLayers widths of the hidden layers, input side first; empty for multinomial logistic
 *                     regression; each in [1, 65536]; at most 32 layers
 * @param activation   activation of every hidden layer
 */
public record MlpSpec(List<Integer> hiddenLayers, Activation activation) implements NetworkSpec {
    /** Largest hidden-layer width accepted (guards against typos such as 6400000). */
    public static final int MAX_WIDTH = 65_536;
    /** Most hidden layers accepted. */
    public static final int MAX_LAYERS = 32;

    public MlpSpec {
        Objects.requireNonNull(hiddenLayers, "hiddenLayers");
        Objects.requireNonNull(activation, "activation");
        hiddenLayers = List.copyOf(hiddenLayers);
        if (hiddenLayers.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("hiddenLayers has " + hiddenLayers.size() + " layers, allowed: <= "
                    + MAX_LAYERS);
        }
        for (int i = 0; i < hiddenLayers.size(); i++) {
            int w = hiddenLayers.get(i);
            if (w < 1 || w > MAX_WIDTH) {
                throw new IllegalArgumentException("hiddenLayers[" + i + "]=" + w + ", allowed: [1, " + MAX_WIDTH
                        + "]");
            }
        }
    }

    /** ReLU hidden layers of these widths. */
    public static MlpSpec relu(int... widths) {
        return new MlpSpec(java.util.Arrays.stream(widths).boxed().toList(), Activation.RELU);
    }

    @Override
    public void checkInputWidth(int numFeatures) {
        if (numFeatures < 1) {
            throw new IllegalArgumentException("numFeatures=" + numFeatures + ", allowed: >= 1");
        }
    }
}
