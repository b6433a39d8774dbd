package org.veil.core.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.veil.core.data.Dataset;
import org.veil.core.error.DataFormatException;
import org.veil.core.model.SavableClassifier;

/**
 * A Veil classifier backed by a DL4J {@link MultiLayerNetwork} (softmax output). The network never
 * leaves this package: other packages see class probabilities, a flat parameter vector and a
 * {@link Dl4jFitter} for minibatch training.
 *
 * <p>Thread safety: safe for concurrent use. DL4J's {@code output} and {@code fit} mutate the
 * network's input and workspace fields, so every call that touches the network holds one lock per
 * classifier; concurrent predictions on one instance therefore run one batch at a time. For
 * parallel inference give each thread its own {@link #copy()}.
 *
 * <p>Randomness: none after construction; the initial weights are a function of the seed given to
 * {@link #initialise}. Bitwise reproducibility also needs the same ND4J thread count
 * ({@code OMP_NUM_THREADS}): float reductions sum in a thread-dependent order.
 */
public final class Dl4jClassifier implements SavableClassifier {
    /** The value of {@link #format()}. */
    public static final String FORMAT = "dl4j-multilayer";
    /** Rows per forward pass in {@link #predictProbabilities}. */
    static final int PREDICT_BATCH = 4096;

    private final MultiLayerNetwork net;
    private final int numFeatures;
    private final int numClasses;
    private final Object lock = new Object();

    Dl4jClassifier(MultiLayerNetwork net) {
        this.net = Objects.requireNonNull(net, "net");
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        this.numFeatures = inputWidth(conf);
        this.numClasses = (int) ((FeedForwardLayer) conf.getConf(conf.getConfs().size() - 1).getLayer()).getNOut();
    }

    /**
     * A freshly initialised network.
     *
     * @param spec        architecture
     * @param numFeatures input width
     * @param numClasses  number of classes, &gt;= 2
     * @param optimizer   update rule used by {@link Dl4jFitter}
     * @param l2          L2 penalty coefficient on weights, &gt;= 0
     * @param seed        seed of the weight initialisation
     */
    public static Dl4jClassifier initialise(NetworkSpec spec, int numFeatures, int numClasses, Optimizer optimizer,
            double l2, long seed) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(optimizer, "optimizer");
        return new Dl4jClassifier(NetworkBuilder.build(spec, numFeatures, numClasses, optimizer, l2, seed));
    }

    /**
     * Wraps a network built directly with DL4J (for users who define their own architecture). It
     * must be an initialised float network whose last layer is a softmax {@code OutputLayer};
     * the classifier takes ownership: do not use {@code net} elsewhere afterwards.
     */
    public static Dl4jClassifier wrap(MultiLayerNetwork net) {
        return new Dl4jClassifier(net);
    }

    /**
     * Reads a model written by {@link #save}, with its updater state.
     *
     * @throws DataFormatException when the file is not a DL4J multilayer model
     */
    public static Dl4jClassifier load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        MultiLayerNetwork net;
        try {
            net = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(file.toString(), 0, null, "not a " + FORMAT + " model: " + e.getMessage());
        }
        return new Dl4jClassifier(net);
    }

    @Override
    public double[][] predictProbabilities(double[][] x) {
        double[][] out = new double[x.length][];
        for (int from = 0; from < x.length; from += PREDICT_BATCH) {
            int to = Math.min(x.length, from + PREDICT_BATCH);
            INDArray in = NdArrays.rows(x, from, to, numFeatures);
            INDArray p;
            synchronized (lock) {
                p = net.output(in, false);
                net.setInput(null); // no reference to `in` may outlive its close() below
            }
            double[][] block = p.toDoubleMatrix();
            System.arraycopy(block, 0, out, from, block.length);
            in.close();
            p.close();
        }
        return out;
    }

    @Override
    public int numClasses() {
        return numClasses;
    }

    /** Input width the network expects. */
    public int numFeatures() {
        return numFeatures;
    }

    /** Writes the network, its configuration and its updater state (a DL4J model zip). */
    @Override
    public void save(Path file) throws IOException {
        synchronized (lock) {
            ModelSerializer.writeModel(net, file.toFile(), true);
        }
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** Number of trainable parameters. */
    public long numParameters() {
        return net.numParams();
    }

    /** A copy of all parameters, flattened in DL4J's layer order (W then b per layer). */
    public double[] parameters() {
        synchronized (lock) {
            return net.params().toDoubleVector();
        }
    }

    /** Replaces all parameters (same order and length as {@link #parameters()}); updater state is kept. */
    public void setParameters(double[] values) {
        if (values.length != net.numParams()) {
            throw new IllegalArgumentException("values has " + values.length + " entries, allowed: "
                    + net.numParams());
        }
        INDArray v = NdArrays.vector(values);
        synchronized (lock) {
            net.params().assign(v);
        }
        v.close();
    }

    /** A copy of all parameters in the network's own float32 precision, in {@link #parameters()} order. */
    public float[] parameterFloats() {
        synchronized (lock) {
            return NdArrays.readFloats(net.params());
        }
    }

    /** Replaces all parameters from float32 values (same order and length as {@link #parameters()}). */
    public void setParameters(float[] values) {
        if (values.length != net.numParams()) {
            throw new IllegalArgumentException("values has " + values.length + " entries, allowed: "
                    + net.numParams());
        }
        synchronized (lock) {
            NdArrays.writeFloats(net.params(), values);
        }
    }

    /** An independent deep copy (parameters, configuration and updater state). */
    public Dl4jClassifier copy() {
        synchronized (lock) {
            return new Dl4jClassifier(net.clone());
        }
    }

    /**
     * A fitter that trains this network in place on minibatches of {@code data}. Copies the data to
     * native memory once; close it to release that memory.
     */
    public Dl4jFitter fitter(Dataset data) {
        checkShape(data);
        return new Dl4jFitter(this, data.features(), data.labels());
    }

    private void checkShape(Dataset data) {
        if (data.numFeatures() != numFeatures) {
            throw new IllegalArgumentException("data has " + data.numFeatures() + " features, network expects "
                    + numFeatures);
        }
        if (data.numClasses() != numClasses) {
            throw new IllegalArgumentException("data has " + data.numClasses() + " classes, network has "
                    + numClasses);
        }
    }

    /**
     * The DP-SGD hook: per-example clipped gradient sums over {@code data} and optimiser steps on
     * this network ({@link PrivateGradients}). Copies the data to native memory once; close it.
     *
     * @param physicalBatch most rows processed at once (memory bound; the sums do not depend on it)
     * @throws IllegalArgumentException when a layer cannot be differentiated per example (lists them)
     */
    public PrivateGradients privateGradients(Dataset data, int physicalBatch) {
        checkShape(data);
        return new PrivateGradients(this, data.features(), data.labels(), physicalBatch, ConvNorms.AUTO);
    }

    /** The wrapped network, for this package only (fitters and future DP hooks). */
    MultiLayerNetwork network() {
        return net;
    }

    /** The lock guarding {@link #network()}. */
    Object lock() {
        return lock;
    }

    private static int inputWidth(MultiLayerConfiguration conf) {
        InputPreProcessor pre = conf.getInputPreProcess(0);
        if (pre instanceof FeedForwardToCnnPreProcessor cnn) {
            return Math.toIntExact(cnn.getInputHeight() * cnn.getInputWidth() * cnn.getNumChannels());
        }
        return (int) ((FeedForwardLayer) conf.getConf(0).getLayer()).getNIn();
    }
}
