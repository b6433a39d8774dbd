package org.veil.core.tribuo;

/**
 * Hyperparameters of Tribuo's multinomial logistic regression ({@link TribuoTrainer}): linear
 * model with bias, softmax over classes, log-loss, trained with diagonal AdaGrad (Duchi, Hazan and
 * Singer 2011, JMLR 12). The defaults are Tribuo 4.3's {@code LogisticRegressionTrainer} defaults.
 *
 * @param epochs        passes over the training data, in [1, 10000]; default 5
 * @param learningRate  AdaGrad's initial learning rate η, in (0, 100]; default 1.0
 * @param epsilon       AdaGrad's ε added to the accumulated squared gradients, in (0, 10]; default 0.1
 * @param minibatchSize examples per step, in [1, 1048576]; default 1
 */
public record LogisticRegressionOptions(int epochs, double learningRate, double epsilon, int minibatchSize) {

    public LogisticRegressionOptions {
        if (epochs < 1 || epochs > 10_000) {
            throw new IllegalArgumentException("epochs=" + epochs + ", allowed: [1, 10000]");
        }
        if (!(learningRate > 0 && learningRate <= 100)) {
            throw new IllegalArgumentException("learningRate=" + learningRate + ", allowed: (0, 100]");
        }
        if (!(epsilon > 0 && epsilon <= 10)) {
            throw new IllegalArgumentException("epsilon=" + epsilon + ", allowed: (0, 10]");
        }
        if (minibatchSize < 1 || minibatchSize > (1 << 20)) {
            throw new IllegalArgumentException("minibatchSize=" + minibatchSize + ", allowed: [1, 1048576]");
        }
    }

    /** Tribuo's defaults: 5 epochs, AdaGrad(1.0, 0.1), minibatch 1. */
    public LogisticRegressionOptions() {
        this(5, 1.0, 0.1, 1);
    }

    public LogisticRegressionOptions withEpochs(int newEpochs) {
        return new LogisticRegressionOptions(newEpochs, learningRate, epsilon, minibatchSize);
    }

    public LogisticRegressionOptions withLearningRate(double newLearningRate) {
        return new LogisticRegressionOptions(epochs, newLearningRate, epsilon, minibatchSize);
    }

    public LogisticRegressionOptions withEpsilon(double newEpsilon) {
        return new LogisticRegressionOptions(epochs, learningRate, newEpsilon, minibatchSize);
    }

    public LogisticRegressionOptions withMinibatchSize(int newMinibatchSize) {
        return new LogisticRegressionOptions(epochs, learningRate, epsilon, newMinibatchSize);
    }
}
