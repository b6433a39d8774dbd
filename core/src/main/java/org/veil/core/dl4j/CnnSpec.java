package org.veil.core.dl4j;

import java.util.Objects;

/**
 * A small LeNet-style image network (LeCun et al. 1998, section II.B): convolution → 2×2 max-pool
 * → convolution → 2×2 max-pool → dense → softmax. Convolutions use stride 1 and no padding, so
 * each shrinks a side by {@code kernelSize - 1}; pooling halves it (rounding down).
 *
 * <p>Inputs are rows of {@code height × width × channels} values flattened in channel-major order
 * ({@code c, y, x}); for one channel that is plain row-major pixels, as in MNIST's IDX files.
 *
 * @param height        image height in pixels, &gt;= 1
 * @param width         image width in pixels, &gt;= 1
 * @param channels      colour channels, in [1, 16]
 * @param kernelSize    side of the square convolution kernels, in [1, 15]
 * @param conv1Filters  filters of the first convolution, in [1, 1024]
 * @param conv2Filters  filters of the second convolution, in [1, 1024]
 * @param denseUnits    width of the dense layer before the output, in [1, 65536]
 * @param activation    activation of the convolutions and the dense layer
 */
public record CnnSpec(
        int height,
        int width,
        int channels,
        int kernelSize,
        int conv1Filters,
        int conv2Filters,
        int denseUnits,
        Activation activation) implements NetworkSpec {

    public CnnSpec {
        Objects.requireNonNull(activation, "activation");
        ConvNetSpec.check("height", height, 1, 4096);
        ConvNetSpec.check("width", width, 1, 4096);
        ConvNetSpec.check("channels", channels, 1, 16);
        ConvNetSpec.check("kernelSize", kernelSize, 1, 15);
        ConvNetSpec.check("conv1Filters", conv1Filters, 1, 1024);
        ConvNetSpec.check("conv2Filters", conv2Filters, 1, 1024);
        ConvNetSpec.check("denseUnits", denseUnits, 1, MlpSpec.MAX_WIDTH);
        int h = finalSide(height, kernelSize);
        int w = finalSide(width, kernelSize);
        if (h < 1 || w < 1) {
            throw new IllegalArgumentException("image " + height + "x" + width + " is too small for kernelSize="
                    + kernelSize + ": after two conv+pool stages it would be " + h + "x" + w
                    + ", allowed: >= 1x1");
        }
    }

    /** The classic MNIST shape: 28×28×1, 5×5 kernels, 20 and 50 filters, 500 dense units, ReLU. */
    public static CnnSpec mnist() {
        return new CnnSpec(28, 28, 1, 5, 20, 50, 500, Activation.RELU);
    }

    /** Values per input row: height × width × channels. */
    public int inputWidth() {
        return height * width * channels;
    }

    @Override
    public void checkInputWidth(int numFeatures) {
        ConvNetSpec.checkImageWidth(numFeatures, height, width, channels);
    }

    // Each stage: valid convolution (side - k + 1), then 2x2/stride-2 pooling (floor(side / 2)).
    private static int finalSide(int side, int k) {
        int s = (side - k + 1) / 2;
        return s < 1 ? 0 : Math.max(0, (s - k + 1) / 2);
    }
}
