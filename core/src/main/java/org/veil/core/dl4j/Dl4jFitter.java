package org.veil.core.dl4j;

import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a {@link Dl4jClassifier} in place, one minibatch at a time, with the optimiser and L2
 * penalty the network was built with. The features and one-hot labels are copied to native
 * float32 matrices once; each step gathers its rows there ({@code pullRows}) and calls DL4J's
 * {@code fit} on them, which averages the gradient over the batch and applies the updater.
 *
 * <p>Thread safety: steps hold the classifier's lock, so predictions from other threads see the
 * parameters before or after a step, never during it. Randomness: none; the caller chooses the
 * rows of each batch. Close the fitter to release the native copies.
 */
public final class Dl4jFitter implements AutoCloseable {
    private final Dl4jClassifier model;
    private final INDArray features;
    private final INDArray labels;
    private final int rows;
    private INDArray anchor;
    private float[] anchorSource;
    private boolean closed;

    Dl4jFitter(Dl4jClassifier model, double[][] x, int[] y) {
        this.model = Objects.requireNonNull(model, "model");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows, y has " + y.length);
        }
        this.rows = x.length;
        this.features = NdArrays.rows(x, 0, x.length, model.numFeatures());
        this.labels = NdArrays.oneHot(y, model.numClasses());
    }

    /** Rows available to {@link #fitBatch}. */
    public int rows() {
        return rows;
    }

    /**
     * One optimiser step on the rows {@code order[from..to)}.
     *
     * @return the batch's mean loss (cross-entropy plus the L2 penalty) before the step
     */
    public double fitBatch(int[] order, int from, int to) {
        if (closed) {
            throw new IllegalStateException("fitter is closed");
        }
        if (from < 0 || to > order.length || from >= to) {
            throw new IllegalArgumentException("batch [" + from + ", " + to + "), allowed: non-empty within [0, "
                    + order.length + "]");
        }
        int[] idx = java.util.Arrays.copyOfRange(order, from, to);
        for (int i : idx) {
            if (i < 0 || i >= rows) {
                throw new IllegalArgumentException("row index " + i + ", allowed: [0, " + rows + ")");
            }
        }
        INDArray x = Nd4j.pullRows(features, 1, idx);
        INDArray y = Nd4j.pullRows(labels, 1, idx);
        double score;
        synchronized (model.lock()) {
            MultiLayerNetwork net = model.network();
            net.fit(new DataSet(x, y));
            score = net.score();
            // DL4J keeps references to the last batch; drop them before the batch's memory is freed.
            net.setInput(null);
            net.setLabels(null);
        }
        x.close();
        y.close();
        return score;
    }

    /**
     * Moves the parameters a fraction {@code rate} of the way towards {@code anchor}:
     * w ← w − rate·(w − anchor). With rate = η·μ this is the gradient step of the proximal term
     * (μ/2)‖w − anchor‖² of FedProx (Li et al. 2020, MLSys, §3 eq. 2), taken after each loss step
     * (a first-order splitting of the same update).
     *
     * @param anchor the point to pull towards (length = number of parameters); copied to native memory
     *               on the first call and reused while the same array is passed
     * @param rate   in [0, 1]
     */
    public void shrinkTowards(float[] anchor, double rate) {
        if (closed) {
            throw new IllegalStateException("fitter is closed");
        }
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate=" + rate + ", allowed: [0, 1]");
        }
        synchronized (model.lock()) {
            INDArray params = model.network().params();
            if (anchor.length != params.length()) {
                throw new IllegalArgumentException("anchor has " + anchor.length + " entries, allowed: "
                        + params.length());
            }
            if (this.anchor == null || anchorSource != anchor) {
                if (this.anchor != null) {
                    this.anchor.close();
                }
                this.anchor = Nd4j.create(anchor, new long[] {anchor.length}, DataType.FLOAT);
                anchorSource = anchor;
            }
            // w - rate (w - a) = (1 - rate) w + rate a
            params.muli(1 - rate);
            Nd4j.getBlasWrapper().level1().axpy(params.length(), rate, this.anchor, params);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            features.close();
            labels.close();
            if (anchor != null) {
                anchor.close();
            }
        }
    }
}
