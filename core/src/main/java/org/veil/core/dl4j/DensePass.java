package org.veil.core.dl4j;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A dense (fully connected) layer, z = a·W + b, y = f(z), optionally the output layer with its loss.
 * Per-example gradients are never materialised: example i's weight gradient is the outer product
 * a_iᵀδ_i, whose squared Frobenius norm is ‖a_i‖²·‖δ_i‖² (Goodfellow 2015, "Efficient per-example
 * gradient computations", section 2; Lee and Kifer 2020, section 3.1, "ghost clipping"), and the
 * clipped sum Σ_i c_i a_iᵀδ_i is one product Aᵀ(c ⊙ Δ) (Li et al. 2021, section 4).
 *
 * <p>Not thread-safe (see {@link LayerPass}).
 */
final class DensePass implements LayerPass {
    private final String name;
    private final INDArray weights;
    private final INDArray bias;
    private final INDArray weightGradient;
    private final INDArray biasGradient;
    private final IActivation activation;
    private final ILossFunction loss;
    private INDArray input;
    private INDArray preActivation;
    private INDArray delta;

    /**
     * @param loss the output layer's loss function, or null for a hidden layer
     */
    DensePass(String name, LayerParams params, IActivation activation, ILossFunction loss) {
        this.name = name;
        this.weights = params.weights();
        this.bias = params.bias();
        this.weightGradient = params.weightGradient();
        this.biasGradient = params.biasGradient();
        this.activation = activation;
        this.loss = loss;
    }

    @Override
    public INDArray forward(INDArray in) {
        input = in;
        preActivation = in.mmul(weights);
        if (bias != null) {
            preActivation.addiRowVector(bias);
        }
        // IActivation works in place on its argument.
        return activation.getActivation(preActivation.dup(), true);
    }

    @Override
    public INDArray backward(INDArray epsilon, boolean needInputGradient) {
        // δ = f'(z) ⊙ ε (chain rule); some activations overwrite their input, hence dup().
        delta = activation.backprop(preActivation.dup(), epsilon).getFirst();
        return needInputGradient ? delta.mmul(weights.transpose()) : null;
    }

    /**
     * For the output layer: stores δ = dL_i/dz_i for every example (un-averaged) and returns each
     * example's loss L_i.
     */
    INDArray backwardFromLabels(INDArray labels) {
        if (loss == null) {
            throw new IllegalStateException(name + " is not the output layer");
        }
        delta = loss.computeGradient(labels, preActivation, activation, null);
        return loss.computeScoreArray(labels, preActivation.dup(), activation, null);
    }

    /** dL/d(input) for the output layer, after {@link #backwardFromLabels}. */
    INDArray inputGradient() {
        return delta.mmul(weights.transpose());
    }

    @Override
    public boolean hasParameters() {
        return true;
    }

    @Override
    public double[] squaredNorms() {
        double[] a = input.norm2(1).toDoubleVector();
        double[] d = delta.norm2(1).toDoubleVector();
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double dd = d[i] * d[i];
            // ‖a_iᵀδ_i‖_F² = ‖a_i‖²‖δ_i‖² (Goodfellow 2015, section 2), plus ‖δ_i‖² for the bias.
            out[i] = a[i] * a[i] * dd + (bias != null ? dd : 0);
        }
        return out;
    }

    @Override
    public void accumulate(INDArray factors) {
        INDArray scaled = delta.mulColumnVector(factors);
        // Σ_i c_i a_iᵀδ_i = Aᵀ(c ⊙ Δ) (Li et al. 2021, section 4), accumulated in place (β = 1).
        Nd4j.gemm(input, scaled, weightGradient, true, false, 1.0, 1.0);
        if (bias != null) {
            // Σ_i c_i δ_i = cᵀΔ.
            Nd4j.gemm(factors, delta, biasGradient.reshape(1, biasGradient.length()), true, false, 1.0, 1.0);
        }
    }

    @Override
    public String describe() {
        return name;
    }
}
