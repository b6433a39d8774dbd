package org.veil.core.dl4j;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Turns Veil's architecture and optimiser values into an initialised DL4J {@link MultiLayerNetwork}:
 * float32 parameters, He or Xavier initialisation by activation, softmax output trained with
 * multi-class cross-entropy, L2 penalty on weights (not biases).
 *
 * <p>Thread safety: stateless. Randomness: the initial weights are a function of {@code seed} only
 * (DL4J seeds the calling thread's ND4J generator from the configuration seed in {@code init()}).
 */
final class NetworkBuilder {

    private NetworkBuilder() {
    }

    /**
     * @param spec        the architecture
     * @param numFeatures input width (checked against {@code spec})
     * @param numClasses  output width, &gt;= 2
     * @param optimizer   the update rule
     * @param l2          L2 penalty coefficient λ (loss + λ/2·‖W‖², gradient + λ·W), &gt;= 0
     * @param seed        seed of the weight initialisation
     */
    static MultiLayerNetwork build(NetworkSpec spec, int numFeatures, int numClasses, Optimizer optimizer, double l2,
            long seed) {
        spec.checkInputWidth(numFeatures);
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses=" + numClasses + ", allowed: >= 2");
        }
        if (!(l2 >= 0 && Double.isFinite(l2))) {
            throw new IllegalArgumentException("l2=" + l2 + ", allowed: >= 0");
        }
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(updater(optimizer))
                .l2(l2);
        MultiLayerConfiguration conf;
        if (spec instanceof MlpSpec mlp) {
            conf = mlp(base, mlp, numFeatures, numClasses);
        } else if (spec instanceof CnnSpec cnn) {
            conf = cnn(base, cnn, numClasses);
        } else if (spec instanceof ConvNetSpec convNet) {
            conf = convNet(base, convNet, numClasses);
        } else {
            throw new IllegalArgumentException("unsupported network spec: " + spec);
        }
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    static IUpdater updater(Optimizer optimizer) {
        if (optimizer instanceof Optimizer.Sgd s) {
            return new Sgd(s.learningRate());
        } else if (optimizer instanceof Optimizer.Nesterov n) {
            return new Nesterovs(n.learningRate(), n.momentum());
        } else if (optimizer instanceof Optimizer.Adam a) {
            return new org.nd4j.linalg.learning.config.Adam(a.learningRate(), a.beta1(), a.beta2(), a.epsilon());
        }
        throw new IllegalArgumentException("unsupported optimizer: " + optimizer);
    }

    private static MultiLayerConfiguration mlp(NeuralNetConfiguration.Builder base, MlpSpec spec, int numFeatures,
            int numClasses) {
        NeuralNetConfiguration.ListBuilder list = base.list();
        int in = numFeatures;
        for (int width : spec.hiddenLayers()) {
            list.layer(new DenseLayer.Builder().nIn(in).nOut(width)
                    .activation(activation(spec.activation())).weightInit(init(spec.activation())).build());
            in = width;
        }
        list.layer(output(in, numClasses));
        return list.build();
    }

    private static MultiLayerConfiguration cnn(NeuralNetConfiguration.Builder base, CnnSpec spec, int numClasses) {
        org.nd4j.linalg.activations.Activation act = activation(spec.activation());
        WeightInit init = init(spec.activation());
        int k = spec.kernelSize();
        return base.list()
                .layer(new ConvolutionLayer.Builder(k, k).stride(1, 1).nOut(spec.conv1Filters())
                        .convolutionMode(ConvolutionMode.Truncate).activation(act).weightInit(init).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(k, k).stride(1, 1).nOut(spec.conv2Filters())
                        .convolutionMode(ConvolutionMode.Truncate).activation(act).weightInit(init).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(spec.denseUnits()).activation(act).weightInit(init).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(numClasses)
                        .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).weightInit(WeightInit.XAVIER)
                        .build())
                .setInputType(InputType.convolutionalFlat(spec.height(), spec.width(), spec.channels()))
                .build();
    }

    private static MultiLayerConfiguration convNet(NeuralNetConfiguration.Builder base, ConvNetSpec spec,
            int numClasses) {
        org.nd4j.linalg.activations.Activation act = activation(spec.activation());
        WeightInit init = init(spec.activation());
        NeuralNetConfiguration.ListBuilder list = base.list();
        for (ConvStage s : spec.stages()) {
            list.layer(new ConvolutionLayer.Builder(s.kernel(), s.kernel()).stride(s.stride(), s.stride())
                    .padding(s.padding(), s.padding()).nOut(s.filters()).convolutionMode(ConvolutionMode.Truncate)
                    .activation(act).weightInit(init).build());
            if (s.poolKernel() > 0) {
                list.layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(s.poolKernel(), s.poolKernel()).stride(s.poolStride(), s.poolStride())
                        .convolutionMode(ConvolutionMode.Truncate).build());
            }
        }
        for (int width : spec.denseLayers()) {
            list.layer(new DenseLayer.Builder().nOut(width).activation(act).weightInit(init).build());
        }
        return list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(numClasses)
                        .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).weightInit(WeightInit.XAVIER)
                        .build())
                .setInputType(InputType.convolutionalFlat(spec.height(), spec.width(), spec.channels()))
                .build();
    }

    private static OutputLayer output(int in, int numClasses) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(in).nOut(numClasses)
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build();
    }

    private static org.nd4j.linalg.activations.Activation activation(Activation a) {
        return switch (a) {
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            case LEAKY_RELU -> org.nd4j.linalg.activations.Activation.LEAKYRELU;
            case ELU -> org.nd4j.linalg.activations.Activation.ELU;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
        };
    }

    // He et al. 2015, section 2.2, eq. 10: Var[w] = 2 / fanIn for rectifiers; Glorot and Bengio 2010,
    // section 4.2, eq. 16 otherwise (DL4J's XAVIER is the Gaussian variant, Var[w] = 2 / (fanIn + fanOut)).
    private static WeightInit init(Activation a) {
        return a.rectifier() ? WeightInit.RELU : WeightInit.XAVIER;
    }
}
