package org.veil.core.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The DP-SGD hook into a {@link Dl4jClassifier}: per-example clipped gradient sums computed by
 * Veil's own forward and backward pass ({@link LayerPass}), and the optimiser step applied through
 * DL4J's updater so that its state (Adam moments, schedules) and serialisation stay DL4J's.
 *
 * <p>Use: {@link #accumulate} the rows of a logical batch (it processes them in physical chunks of
 * at most {@code physicalBatch} rows, so a batch larger than memory allows gives the same sum),
 * {@link #drainGradientSum} the clipped sum, add noise, then {@link #applyStep} with the divisor.
 * The gradients exclude the L2 penalty, which the updater adds (it does not depend on the data).
 *
 * <p>Thread safety: every call holds the classifier's lock. Randomness: none. Close to release the
 * native copies of the data.
 */
public final class PrivateGradients implements AutoCloseable {
    private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .policyLearning(LearningPolicy.FIRST_LOOP).policySpill(SpillPolicy.REALLOCATE).build();
    private static final String WORKSPACE_ID = "VEIL_DP_SGD";

    private final Dl4jClassifier model;
    private final MultiLayerNetwork net;
    private final INDArray features;
    private final INDArray labels;
    private final int rows;
    private final int physicalBatch;
    private final Gradient gradient;
    private final List<LayerPass> passes;
    private final List<LayerPass> parameterised;
    private boolean closed;

    PrivateGradients(Dl4jClassifier model, double[][] x, int[] y, int physicalBatch, ConvNorms convNorms) {
        this.model = Objects.requireNonNull(model, "model");
        if (physicalBatch < 1) {
            throw new IllegalArgumentException("physicalBatch=" + physicalBatch + ", allowed: >= 1");
        }
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x has " + x.length + " rows and y " + y.length + ", allowed: equal, >= 1");
        }
        this.net = model.network();
        this.rows = x.length;
        this.physicalBatch = physicalBatch;
        this.features = NdArrays.rows(x, 0, x.length, model.numFeatures());
        this.labels = NdArrays.oneHot(y, model.numClasses());
        synchronized (model.lock()) {
            // One DL4J gradient computation creates the per-variable views into the flattened gradient.
            net.setInput(features.getRows(0));
            net.setLabels(labels.getRows(0));
            net.computeGradientAndScore();
            net.setInput(null);
            net.setLabels(null);
            this.gradient = net.gradient();
            net.getFlattenedGradients().assign(0);
            this.passes = PassPlan.of(net, gradient.gradientForVariable(), convNorms);
        }
        this.parameterised = passes.stream().filter(LayerPass::hasParameters).toList();
    }

    /** Trainable parameters (the length of {@link #drainGradientSum()}). */
    public long numParameters() {
        return net.numParams();
    }

    /** Descriptions of the layers with parameters, in the order per-layer clipping bounds are given. */
    public List<String> parameterisedLayers() {
        return parameterised.stream().map(LayerPass::describe).toList();
    }

    /**
     * Adds every row's clipped gradient to the running sum, in physical chunks.
     *
     * @param batch    row indices (each in [0, rows)); may be empty
     * @param clipping the per-example bound; per-layer bounds must match {@link #parameterisedLayers()}
     */
    public ClipStats accumulate(int[] batch, Clipping clipping) {
        checkOpen();
        Objects.requireNonNull(clipping, "clipping");
        if (clipping instanceof Clipping.PerLayer p && p.maxGradNorms().size() != parameterised.size()) {
            throw new IllegalArgumentException("per-layer clipping has " + p.maxGradNorms().size()
                    + " bounds, allowed: " + parameterised.size() + " (" + parameterisedLayers() + ")");
        }
        ClipStats total = ClipStats.EMPTY;
        for (int from = 0; from < batch.length; from += physicalBatch) {
            int[] chunk = Arrays.copyOfRange(batch, from, Math.min(batch.length, from + physicalBatch));
            checkRows(chunk);
            total = total.plus(accumulateChunk(chunk, clipping));
        }
        return total;
    }

    private ClipStats accumulateChunk(int[] chunk, Clipping clipping) {
        synchronized (model.lock()) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE,
                    WORKSPACE_ID)) {
                double[] losses = forwardBackward(chunk);
                double[][] norms = new double[parameterised.size()][];
                for (int l = 0; l < norms.length; l++) {
                    norms[l] = parameterised.get(l).squaredNorms();
                }
                ClipFactors factors = ClipFactors.of(clipping, norms, losses);
                for (int l = 0; l < norms.length; l++) {
                    INDArray c = Nd4j.create(factors.forLayer(l), new long[] {chunk.length, 1}, DataType.FLOAT);
                    parameterised.get(l).accumulate(c);
                }
                return factors.stats();
            }
        }
    }

    /** Forward and backward over one chunk; returns the per-example losses. Caller holds the lock. */
    private double[] forwardBackward(int[] chunk) {
        INDArray x = Nd4j.pullRows(features, 1, chunk);
        INDArray y = Nd4j.pullRows(labels, 1, chunk);
        INDArray a = x;
        for (LayerPass p : passes) {
            a = p.forward(a);
        }
        DensePass out = (DensePass) passes.get(passes.size() - 1);
        double[] losses = out.backwardFromLabels(y).toDoubleVector();
        INDArray eps = passes.size() > 1 ? out.inputGradient() : null;
        for (int i = passes.size() - 2; i >= 0; i--) {
            eps = passes.get(i).backward(eps, i > 0);
        }
        return losses;
    }

    /** The clipped sum accumulated so far (DL4J's flattened parameter order); resets it to zero. */
    public double[] drainGradientSum() {
        checkOpen();
        synchronized (model.lock()) {
            INDArray flat = net.getFlattenedGradients();
            float[] f = NdArrays.readFloats(flat);
            flat.assign(0);
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = f[i];
            }
            return out;
        }
    }

    /**
     * One optimiser step with gradient {@code sum / divisor} (plus the L2 penalty, added by the
     * updater). DP-SGD passes the noisy clipped sum and the expected batch size q·N.
     */
    public void applyStep(double[] sum, double divisor) {
        checkOpen();
        if (sum.length != net.numParams()) {
            throw new IllegalArgumentException("sum has " + sum.length + " values, allowed: " + net.numParams());
        }
        if (!(divisor > 0 && Double.isFinite(divisor))) {
            throw new IllegalArgumentException("divisor=" + divisor + ", allowed: > 0 and finite");
        }
        float[] g = new float[sum.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (sum[i] / divisor);
        }
        synchronized (model.lock()) {
            INDArray flat = net.getFlattenedGradients();
            NdArrays.writeFloats(flat, g);
            int iteration = net.getIterationCount();
            // The gradient is already averaged: batch size 1 makes DL4J's division by the minibatch a no-op.
            net.getUpdater().update(net, gradient, iteration, net.getEpochCount(), 1, LayerWorkspaceMgr.noWorkspaces());
            INDArray params = net.params();
            params.subi(flat.reshape(params.shape()));
            net.setIterationCount(iteration + 1);
            flat.assign(0);
        }
    }

    /** Tells the updater which epoch it is in (for learning-rate schedules). */
    public void setEpoch(int epoch) {
        synchronized (model.lock()) {
            net.setEpochCount(epoch);
        }
    }

    /** Optimiser steps applied so far (DL4J's iteration count; restored with a saved model). */
    public int iterations() {
        synchronized (model.lock()) {
            return net.getIterationCount();
        }
    }

    /** Per-layer squared per-example norms of the rows (for tests and diagnostics). */
    double[][] squaredNorms(int[] chunk) {
        checkRows(chunk);
        synchronized (model.lock()) {
            forwardBackward(chunk);
            List<double[]> out = new ArrayList<>();
            for (LayerPass p : parameterised) {
                out.add(p.squaredNorms());
            }
            return out.toArray(new double[0][]);
        }
    }

    /** Σ_i factor_i g_i over the rows, without clipping (for tests: a one-hot factor gives one gradient). */
    double[] weightedSum(int[] chunk, double[] factors) {
        checkRows(chunk);
        synchronized (model.lock()) {
            forwardBackward(chunk);
            float[] f = new float[factors.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) factors[i];
            }
            for (LayerPass p : parameterised) {
                p.accumulate(Nd4j.create(f, new long[] {f.length, 1}, DataType.FLOAT));
            }
        }
        return drainGradientSum();
    }

    /**
     * The slow, obvious reference: each row's gradient from DL4J's own backward pass, one example
     * at a time ({@code computeGradientAndScore} on a batch of one). Leaves the running sum at zero.
     */
    double[][] referenceGradients(int[] chunk) {
        checkRows(chunk);
        double[][] out = new double[chunk.length][];
        synchronized (model.lock()) {
            for (int i = 0; i < chunk.length; i++) {
                net.setInput(features.getRows(chunk[i]));
                net.setLabels(labels.getRows(chunk[i]));
                net.computeGradientAndScore();
                out[i] = net.getFlattenedGradients().toDoubleVector();
            }
            net.setInput(null);
            net.setLabels(null);
            net.getFlattenedGradients().assign(0);
        }
        return out;
    }

    private void checkRows(int[] chunk) {
        for (int r : chunk) {
            if (r < 0 || r >= rows) {
                throw new IllegalArgumentException("row index " + r + ", allowed: [0, " + rows + ")");
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("PrivateGradients is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            features.close();
            labels.close();
        }
    }
}
