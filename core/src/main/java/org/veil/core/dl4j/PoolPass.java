package org.veil.core.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.broadcast.bool.BroadcastEqualTo;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * 2-D max or average pooling without padding (NCHW), through the same patch matrices as
 * {@link ConvPass}. It has no parameters and never mixes examples. Max pooling sends the gradient
 * to every position that attains the window's maximum (ties are measure-zero for real-valued
 * inputs).
 *
 * <p>Not thread-safe (see {@link LayerPass}).
 */
final class PoolPass implements LayerPass {
    private final String name;
    private final boolean max;
    private final int kh;
    private final int kw;
    private final int sh;
    private final int sw;
    private long inH;
    private long inW;
    private INDArray cols;
    private INDArray output;

    PoolPass(String name, boolean max, int[] kernel, int[] stride) {
        this.name = name;
        this.max = max;
        this.kh = kernel[0];
        this.kw = kernel[1];
        this.sh = stride[0];
        this.sw = stride[1];
    }

    @Override
    public INDArray forward(INDArray in) {
        long batch = in.size(0);
        long channels = in.size(1);
        inH = in.size(2);
        inW = in.size(3);
        long outH = (inH - kh) / sh + 1;
        long outW = (inW - kw) / sw + 1;
        cols = Nd4j.createUninitialized(in.dataType(), batch, channels, kh, kw, outH, outW);
        Convolution.im2col(in, kh, kw, sh, sw, 0, 0, 1, 1, false, cols);
        output = max ? cols.max(2, 3) : cols.mean(2, 3);
        return output;
    }

    @Override
    public INDArray backward(INDArray epsilon, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        INDArray weights;
        if (max) {
            INDArray isMax = Nd4j.createUninitialized(DataType.BOOL, cols.shape());
            Nd4j.getExecutioner().exec(new BroadcastEqualTo(cols, output, isMax, 0, 1, 4, 5));
            weights = isMax.castTo(cols.dataType());
        } else {
            weights = Nd4j.valueArrayOf(cols.shape(), 1.0 / (kh * kw), cols.dataType());
        }
        INDArray colGradient = Nd4j.createUninitialized(cols.dataType(), cols.shape());
        Nd4j.getExecutioner().exec(new BroadcastMulOp(weights, epsilon, colGradient, 0, 1, 4, 5));
        return Convolution.col2im(colGradient, sh, sw, 0, 0, (int) inH, (int) inW);
    }

    @Override
    public String describe() {
        return name;
    }
}
