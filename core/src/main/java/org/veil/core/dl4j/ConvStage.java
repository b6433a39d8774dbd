package org.veil.core.dl4j;

/**
 * One stage of a {@link ConvNetSpec}: a square convolution with zero padding, then an optional
 * square max-pooling without padding. Sides follow "truncate" arithmetic (Dumoulin and Visin 2016,
 * relationship 6): out = floor((in + 2·padding − kernel) / stride) + 1.
 *
 * @param filters    output channels, in [1, 1024]
 * @param kernel     convolution kernel side, in [1, 31]
 * @param stride     convolution stride, in [1, 16]
 * @param padding    zero padding on each side, in [0, 16]
 * @param poolKernel max-pooling window side, in [0, 16]; 0 for no pooling
 * @param poolStride max-pooling stride, in [1, 16] (ignored without pooling)
 */
public record ConvStage(int filters, int kernel, int stride, int padding, int poolKernel, int poolStride) {

    public ConvStage {
        ConvNetSpec.check("filters", filters, 1, 1024);
        ConvNetSpec.check("kernel", kernel, 1, 31);
        ConvNetSpec.check("stride", stride, 1, 16);
        ConvNetSpec.check("padding", padding, 0, 16);
        ConvNetSpec.check("poolKernel", poolKernel, 0, 16);
        ConvNetSpec.check("poolStride", poolStride, 1, 16);
    }

    /** The side after this stage, or a value below 1 when the input is too small. */
    int outputSide(int in) {
        int c = in + 2 * padding - kernel;
        if (c < 0) {
            return 0;
        }
        int side = c / stride + 1;
        if (poolKernel == 0) {
            return side;
        }
        return side < poolKernel ? 0 : (side - poolKernel) / poolStride + 1;
    }
}
