package org.veil.core.dl4j;

import java.util.List;
import java.util.Objects;

/**
 * A general small convolutional network: a stack of {@link ConvStage}s (convolution, then an
 * optional max-pooling), then dense layers, then the softmax output. Inputs are rows of
 * {@code height × width × channels} values in channel-major order ({@code c, y, x}).
 *
 * @param height      image height, in [1, 4096]
 * @param width       image width, in [1, 4096]
 * @param channels    colour channels, in [1, 16]
 * @param stages      convolution stages, input side first, 1 to 16
 * @param denseLayers widths of the dense layers after the last stage, each in [1, 65536]
 * @param activation  activation of every convolution and dense layer
 */
public record ConvNetSpec(int height, int width, int channels, List<ConvStage> stages, List<Integer> denseLayers,
        Activation activation) implements NetworkSpec {

    public ConvNetSpec {
        Objects.requireNonNull(activation, "activation");
        stages = List.copyOf(stages);
        denseLayers = List.copyOf(denseLayers);
        check("height", height, 1, 4096);
        check("width", width, 1, 4096);
        check("channels", channels, 1, 16);
        check("stages", stages.size(), 1, 16);
        for (int i = 0; i < denseLayers.size(); i++) {
            check("denseLayers[" + i + "]", denseLayers.get(i), 1, MlpSpec.MAX_WIDTH);
        }
        int h = height;
        int w = width;
        for (int i = 0; i < stages.size(); i++) {
            ConvStage s = stages.get(i);
            h = s.outputSide(h);
            w = s.outputSide(w);
            if (h < 1 || w < 1) {
                throw new IllegalArgumentException("image " + height + "x" + width + " is too small for stages: after "
                        + "stage " + i + " it would be " + h + "x" + w + ", allowed: >= 1x1");
            }
        }
    }

    /**
     * The tanh network of Papernot et al. 2021 ("Tempered sigmoid activations for deep learning
     * with differential privacy", AAAI, Table 1 / section 4, MNIST): conv 16@8x8 stride 2 pad 3,
     * max-pool 2 stride 1, conv 32@4x4 stride 2, max-pool 2 stride 1, dense 32, output 10; 26,010
     * parameters for 10 classes.
     */
    public static ConvNetSpec papernot2021Mnist() {
        return new ConvNetSpec(28, 28, 1,
                List.of(new ConvStage(16, 8, 2, 3, 2, 1), new ConvStage(32, 4, 2, 0, 2, 1)),
                List.of(32), Activation.TANH);
    }

    /**
     * The CNN of McMahan et al. 2017 ("Communication-Efficient Learning of Deep Networks from
     * Decentralized Data", AISTATS, §3 "MNIST CNN"): two 5x5 convolutions with 32 and 64 channels, each
     * followed by 2x2 max pooling, a 512-unit ReLU dense layer and softmax; 'same' padding (2), which
     * gives the paper's 1,663,370 parameters for 10 classes.
     */
    public static ConvNetSpec mcmahan2017Mnist() {
        return new ConvNetSpec(28, 28, 1,
                List.of(new ConvStage(32, 5, 1, 2, 2, 2), new ConvStage(64, 5, 1, 2, 2, 2)),
                List.of(512), Activation.RELU);
    }

    /** Values per input row. */
    public int inputWidth() {
        return height * width * channels;
    }

    @Override
    public void checkInputWidth(int numFeatures) {
        checkImageWidth(numFeatures, height, width, channels);
    }

    /** Rows of an image network must hold height × width × channels values (shared with {@link CnnSpec}). */
    static void checkImageWidth(int numFeatures, int height, int width, int channels) {
        if (numFeatures != height * width * channels) {
            throw new IllegalArgumentException("numFeatures=" + numFeatures + ", allowed: " + height * width * channels
                    + " (" + height + "x" + width + "x" + channels + " image)");
        }
    }

    /** A range check with the house message (shared with {@link CnnSpec} and {@link ConvStage}). */
    static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + "=" + value + ", allowed: [" + min + ", " + max + "]");
        }
    }
}
