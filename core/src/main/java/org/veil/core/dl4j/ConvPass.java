package org.veil.core.dl4j;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 2-D convolution (NCHW, dilation 1, zero padding), computed as a matrix product over image
 * patches (im2col; Chellapilla et al. 2006, section 2.2). Example i's weight gradient is
 * G_i = Δ_iᵀ·P_i, with P_i its patches (T positions × K = inC·kH·kW) and Δ_i its deltas
 * (T × outC). Per layer ({@link ConvNorms}) it either materialises every G_i as one batched product
 * (Rochette et al. 2019, section 3) or computes the norms from T×T Gram matrices without forming
 * G_i (ghost clipping, Li et al. 2021, section 4).
 *
 * <p>Not thread-safe (see {@link LayerPass}).
 */
final class ConvPass implements LayerPass {
    private final String name;
    private final INDArray weights;
    private final INDArray bias;
    private final INDArray weightGradient;
    private final INDArray biasGradient;
    private final IActivation activation;
    private final int kh;
    private final int kw;
    private final int sh;
    private final int sw;
    private final int ph;
    private final int pw;
    private final int outChannels;
    private final ConvNorms norms;
    private boolean ghost;
    private long batch;
    private long inH;
    private long inW;
    private long inChannels;
    private long outH;
    private long outW;
    private INDArray patches;
    private INDArray preActivation;
    private INDArray exampleWeightGradients;
    private INDArray exampleBiasGradients;
    private INDArray delta;
    private INDArray rowsDelta;

    ConvPass(String name, LayerParams params, IActivation activation, ConvGeometry geometry, ConvNorms norms) {
        this.name = name;
        this.norms = norms;
        int[] kernel = geometry.kernel();
        int[] stride = geometry.stride();
        int[] padding = geometry.padding();
        this.weights = params.weights();
        this.bias = params.bias();
        this.weightGradient = params.weightGradient();
        this.biasGradient = params.biasGradient();
        this.activation = activation;
        this.kh = kernel[0];
        this.kw = kernel[1];
        this.sh = stride[0];
        this.sw = stride[1];
        this.ph = padding[0];
        this.pw = padding[1];
        this.outChannels = (int) weights.size(0);
    }

    @Override
    public INDArray forward(INDArray in) {
        batch = in.size(0);
        inChannels = in.size(1);
        inH = in.size(2);
        inW = in.size(3);
        // Output side for "truncate" mode: floor((in + 2p - k) / s) + 1 (Dumoulin and Visin 2016, relationship 6).
        outH = (inH + 2L * ph - kh) / sh + 1;
        outW = (inW + 2L * pw - kw) / sw + 1;
        INDArray cols = Nd4j.createUninitialized(in.dataType(), batch, inChannels, kh, kw, outH, outW);
        Convolution.im2col(in, kh, kw, sh, sw, ph, pw, 1, 1, false, cols);
        long k = inChannels * kh * kw;
        // [B, oH, oW, C, kH, kW] -> rows = (example, position), columns = patch values in W's order.
        patches = cols.permute(0, 4, 5, 1, 2, 3).dup('c').reshape('c', batch * outH * outW, k);
        INDArray z = patches.mmul(weights.reshape('c', outChannels, k).transpose());
        if (bias != null) {
            z.addiRowVector(bias.reshape(1, outChannels));
        }
        preActivation = z.reshape('c', batch, outH, outW, outChannels).permute(0, 3, 1, 2).dup('c');
        return activation.getActivation(preActivation.dup(), true);
    }

    @Override
    public INDArray backward(INDArray epsilon, boolean needInputGradient) {
        delta = activation.backprop(preActivation.dup(), epsilon).getFirst();
        long positions = outH * outW;
        long k = inChannels * kh * kw;
        INDArray perExampleDelta = delta.reshape('c', batch, outChannels, positions);
        exampleBiasGradients = bias != null ? perExampleDelta.sum(2) : null;
        ghost = norms.ghost(positions, outChannels, k);
        // Rows (example, position) x output channels: the layout of the patches' rows.
        rowsDelta = delta.permute(0, 2, 3, 1).dup('c').reshape('c', batch * positions, outChannels);
        if (ghost) {
            exampleWeightGradients = null;
        } else {
            // G_i = Δ_iᵀ P_i: [B, outC, positions] x [B, positions, k] (Rochette et al. 2019, section 3).
            exampleWeightGradients = Nd4j.matmul(perExampleDelta, patches.reshape('c', batch, positions, k))
                    .reshape('c', batch, outChannels * k);
        }
        if (!needInputGradient) {
            return null;
        }
        INDArray patchGradient = rowsDelta.mmul(weights.reshape('c', outChannels, k));
        INDArray cols = patchGradient.reshape('c', batch, outH, outW, inChannels, kh, kw).permute(0, 3, 4, 5, 1, 2)
                .dup('c');
        return Convolution.col2im(cols, sh, sw, ph, pw, (int) inH, (int) inW);
    }

    @Override
    public boolean hasParameters() {
        return true;
    }

    @Override
    public double[] squaredNorms() {
        double[] w = ghost ? ghostSquaredNorms() : square(exampleWeightGradients.norm2(1).toDoubleVector());
        double[] b = exampleBiasGradients != null ? exampleBiasGradients.norm2(1).toDoubleVector() : null;
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] + (b != null ? b[i] * b[i] : 0);
        }
        return out;
    }

    // ‖Δ_iᵀP_i‖_F² = Σ_{t,t'} (P_iP_iᵀ)_{tt'} (Δ_iΔ_iᵀ)_{tt'} (Li et al. 2021, section 4, eq. for ghost norms).
    private double[] ghostSquaredNorms() {
        long positions = outH * outW;
        INDArray p = patches.reshape('c', batch, positions, inChannels * kh * kw);
        INDArray d = rowsDelta.reshape('c', batch, positions, outChannels);
        INDArray gramP = Nd4j.matmul(p, p, null, false, true, false);
        INDArray gramD = Nd4j.matmul(d, d, null, false, true, false);
        return gramP.muli(gramD).sum(1, 2).toDoubleVector();
    }

    private static double[] square(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= v[i];
        }
        return v;
    }

    @Override
    public void accumulate(INDArray factors) {
        INDArray row = factors.reshape(1, batch);
        if (ghost) {
            long positions = outH * outW;
            INDArray scaled = rowsDelta.reshape('c', batch, positions, outChannels).dup('c');
            Nd4j.getExecutioner().exec(new org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp(scaled,
                    factors.reshape(batch), scaled, 0));
            // Σ_i c_i Δ_iᵀP_i = (c ⊙ Δ)ᵀ P over all (example, position) rows (Li et al. 2021, section 4).
            INDArray sum = scaled.reshape('c', batch * positions, outChannels).transpose().mmul(patches);
            weightGradient.addi(sum.reshape(weightGradient.shape()));
        } else {
            weightGradient.addi(row.mmul(exampleWeightGradients).reshape(weightGradient.shape()));
        }
        if (bias != null) {
            biasGradient.addi(row.mmul(exampleBiasGradients).reshape(biasGradient.shape()));
        }
    }

    @Override
    public String describe() {
        return name;
    }
}
