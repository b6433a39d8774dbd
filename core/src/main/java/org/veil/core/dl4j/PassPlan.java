package org.veil.core.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns a DL4J network into the {@link LayerPass}es Veil can differentiate per example, or refuses
 * it with one message that lists every layer it cannot handle and why. Supported: dense, output
 * (dense with a loss), 2-D convolution (NCHW, truncate/strict mode, dilation 1), max and average
 * pooling without padding, and the flat/image reshaping pre-processors. Anything else is refused
 * rather than guessed: batch normalisation mixes the examples of a batch (so one example's
 * "gradient" depends on the others and clipping no longer bounds its influence), and dropout,
 * recurrent, embedding and attention layers are not implemented here.
 *
 * <p>Stateless.
 */
final class PassPlan {

    private PassPlan() {
    }

    /**
     * @param net       an initialised network whose gradient views exist
     * @param gradients the per-variable gradient views ({@code "0_W"}, {@code "0_b"}, ...)
     * @param convNorms how convolutions compute per-example norms
     * @throws IllegalArgumentException listing the unsupported layers
     */
    static List<LayerPass> of(MultiLayerNetwork net, Map<String, INDArray> gradients, ConvNorms convNorms) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        int n = conf.getConfs().size();
        List<LayerPass> passes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            InputPreProcessor pre = conf.getInputPreProcess(i);
            if (pre != null) {
                if (pre instanceof FeedForwardToCnnPreProcessor || pre instanceof CnnToFeedForwardPreProcessor) {
                    passes.add(new ReshapePass("reshape before layer " + i, pre));
                } else {
                    problems.add("layer " + i + " pre-processor " + pre.getClass().getSimpleName());
                }
            }
            Layer layer = conf.getConf(i).getLayer();
            String problem = check(layer, i == n - 1);
            if (problem != null) {
                problems.add("layer " + i + " (" + layer.getClass().getSimpleName() + "): " + problem);
                continue;
            }
            passes.add(pass(net, i, layer, gradients, convNorms));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("DP-SGD cannot compute per-example gradients for: "
                    + String.join("; ", problems) + ". Supported: dense, output, convolution (NCHW, dilation 1), "
                    + "max/average pooling without padding");
        }
        return List.copyOf(passes);
    }

    private static String check(Layer layer, boolean last) {
        if (layer.getIDropout() != null) {
            return "dropout is not supported";
        }
        if (last != (layer.getClass() == OutputLayer.class)) {
            return last ? "the last layer must be an OutputLayer" : "an OutputLayer may only be the last layer";
        }
        if (layer.getClass() == DenseLayer.class || layer.getClass() == OutputLayer.class) {
            return null;
        }
        if (layer.getClass() == ConvolutionLayer.class) {
            ConvolutionLayer c = (ConvolutionLayer) layer;
            return convolutionProblem(c.getConvolutionMode(), c.getDilation(), c.getCnn2dDataFormat(), null);
        }
        if (layer.getClass() == SubsamplingLayer.class) {
            SubsamplingLayer s = (SubsamplingLayer) layer;
            if (s.getPoolingType() != PoolingType.MAX && s.getPoolingType() != PoolingType.AVG) {
                return "pooling type " + s.getPoolingType() + " is not supported (MAX, AVG are)";
            }
            return convolutionProblem(s.getConvolutionMode(), s.getDilation(), s.getCnn2dDataFormat(),
                    s.getPadding());
        }
        String simple = layer.getClass().getSimpleName();
        if (simple.contains("BatchNormalization")) {
            return "batch normalisation mixes the examples of a batch, so per-example clipping would not bound "
                    + "one example's influence";
        }
        return "layer type not supported";
    }

    private static String convolutionProblem(ConvolutionMode mode, int[] dilation, CNN2DFormat format,
            int[] poolPadding) {
        if (mode != ConvolutionMode.Truncate && mode != ConvolutionMode.Strict) {
            return "convolution mode " + mode + " is not supported (Truncate, Strict are)";
        }
        if (dilation[0] != 1 || dilation[1] != 1) {
            return "dilation " + dilation[0] + "x" + dilation[1] + " is not supported (1x1 is)";
        }
        if (format != CNN2DFormat.NCHW) {
            return "data format " + format + " is not supported (NCHW is)";
        }
        if (poolPadding != null && (poolPadding[0] != 0 || poolPadding[1] != 0)) {
            return "pooling padding is not supported";
        }
        return null;
    }

    private static LayerPass pass(MultiLayerNetwork net, int i, Layer layer, Map<String, INDArray> gradients,
            ConvNorms convNorms) {
        if (layer instanceof SubsamplingLayer s) {
            return new PoolPass("pooling layer " + i, s.getPoolingType() == PoolingType.MAX, s.getKernelSize(),
                    s.getStride());
        }
        org.deeplearning4j.nn.api.Layer runtime = net.getLayer(i);
        INDArray w = runtime.getParam("W");
        INDArray b = runtime.paramTable().containsKey("b") ? runtime.getParam("b") : null;
        LayerParams params = new LayerParams(w, b, gradients.get(i + "_W"), b != null ? gradients.get(i + "_b") : null);
        if (layer instanceof ConvolutionLayer c) {
            return new ConvPass("convolution layer " + i, params, c.getActivationFn(),
                    new ConvGeometry(c.getKernelSize(), c.getStride(), c.getPadding()), convNorms);
        }
        org.deeplearning4j.nn.conf.layers.BaseLayer base = (org.deeplearning4j.nn.conf.layers.BaseLayer) layer;
        String kind = layer instanceof OutputLayer ? "output layer " : "dense layer ";
        return new DensePass(kind + i, params, base.getActivationFn(),
                layer instanceof OutputLayer o ? o.getLossFn() : null);
    }
}
