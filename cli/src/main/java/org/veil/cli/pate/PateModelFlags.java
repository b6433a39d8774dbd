package org.veil.cli.pate;

import java.util.List;
import org.veil.core.dl4j.Activation;
import org.veil.core.dl4j.CnnSpec;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.NetworkSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.model.Classifier;
import org.veil.core.model.Trainer;
import org.veil.core.train.AugmentedTrainer;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.train.ShiftAugmentation;
import org.veil.core.tribuo.LogisticRegressionOptions;
import org.veil.core.tribuo.TribuoTrainer;
import picocli.CommandLine.Option;

/**
 * The teacher and student model flags of {@code veil pate train}: which trainer each uses. The Java
 * API takes any {@link Trainer}; the command offers the built-in ones. Tribuo's decision-tree
 * module is not in this build (the Maven registry it is built from does not serve it), so
 * {@code tree} is refused with that reason.
 */
public final class PateModelFlags {

    @Option(names = "--teacher-model", paramLabel = "mlp|cnn|logistic", defaultValue = "mlp",
            description = "Each teacher's model. Default: ${DEFAULT-VALUE}.")
    String teacherModel;

    @Option(names = "--student-model", paramLabel = "mlp|cnn|logistic", defaultValue = "mlp",
            description = "The student's model. Default: ${DEFAULT-VALUE}.")
    String studentModel;

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "256",
            description = "Hidden units of the mlp models (one layer). Default: ${DEFAULT-VALUE}.")
    int hidden;

    @Option(names = "--teacher-epochs", paramLabel = "N", defaultValue = "20",
            description = "Training epochs of each teacher. Default: ${DEFAULT-VALUE}.")
    int teacherEpochs;

    @Option(names = "--student-epochs", paramLabel = "N", defaultValue = "40",
            description = "Training epochs of the student. Default: ${DEFAULT-VALUE}.")
    int studentEpochs;

    @Option(names = "--self-training-epochs", paramLabel = "N",
            description = "Epochs of the student's self-training pass over the answered and pseudo-labelled rows "
                    + "(with --semi-supervised), in [1, 10000]. Default: --student-epochs.")
    Integer selfTrainingEpochs;

    @Option(names = "--teacher-augment", paramLabel = "N", defaultValue = "0",
            description = "Train each teacher on its rows plus N copies shifted by up to 2 pixels (28x28 images "
                    + "only), in [0, 64]. Default: ${DEFAULT-VALUE}.")
    int teacherAugment;

    @Option(names = "--student-augment", paramLabel = "N", defaultValue = "0",
            description = "The same for the student's training rows. Default: ${DEFAULT-VALUE}.")
    int studentAugment;

    Trainer<? extends Classifier> teacher(int features) {
        return augmented("--teacher-augment", teacherAugment, features,
                trainer("--teacher-model", teacherModel, teacherEpochs, features));
    }

    Trainer<? extends Classifier> student(int features) {
        return augmented("--student-augment", studentAugment, features,
                trainer("--student-model", studentModel, studentEpochs, features));
    }

    /** The trainer of the self-training pass, or null when it is the student trainer. */
    Trainer<? extends Classifier> selfTrainingStudent(int features) {
        if (selfTrainingEpochs == null) {
            return null;
        }
        if (selfTrainingEpochs < 1 || selfTrainingEpochs > BaselineOptions.MAX_EPOCHS) {
            throw new IllegalArgumentException("--self-training-epochs=" + selfTrainingEpochs + ", allowed: [1, "
                    + BaselineOptions.MAX_EPOCHS + "]");
        }
        return augmented("--student-augment", studentAugment, features,
                trainer("--student-model", studentModel, selfTrainingEpochs, features));
    }

    private static <M extends Classifier> Trainer<M> augmented(String flag, int copies, int features,
            Trainer<M> trainer) {
        if (copies == 0) {
            return trainer;
        }
        if (copies < 0 || copies > ShiftAugmentation.MAX_COPIES) {
            throw new IllegalArgumentException(flag + "=" + copies + ", allowed: [0, " + ShiftAugmentation.MAX_COPIES
                    + "]");
        }
        if (features != 28 * 28) {
            throw new IllegalArgumentException(flag + " shifts 28x28 grey images (784 features, e.g. MNIST), the "
                    + "data has " + features + " features; allowed for this data: 0");
        }
        return AugmentedTrainer.of(trainer, ShiftAugmentation.grey28(copies));
    }

    private Trainer<? extends Classifier> trainer(String flag, String model, int epochs, int features) {
        if ("logistic".equals(model)) {
            return new TribuoTrainer(new LogisticRegressionOptions().withEpochs(epochs));
        }
        if ("tree".equals(model)) {
            throw new IllegalArgumentException(flag + "=tree is not available: Tribuo's decision-tree module "
                    + "(tribuo-classification-dtree) is not served by this build's Maven registry; allowed: "
                    + "mlp, cnn, logistic (or any Trainer through the Java API)");
        }
        if (!List.of("mlp", "cnn").contains(model)) {
            throw new IllegalArgumentException(flag + "=" + model + ", allowed: mlp, cnn, logistic");
        }
        NetworkSpec net = "cnn".equals(model) ? mnistCnn(flag, features) : MlpSpec.relu(hidden);
        return new BaselineTrainer(new BaselineOptions().withNetwork(net).withEpochs(epochs).withBatchSize(64)
                .withOptimizer(Optimizer.Adam.withLearningRate(1e-3)));
    }

    private static CnnSpec mnistCnn(String flag, int features) {
        if (features != 28 * 28) {
            throw new IllegalArgumentException(flag + "=cnn needs 28x28 grey images (784 features, e.g. MNIST), the "
                    + "data has " + features + " features; allowed for this data: mlp, logistic");
        }
        return new CnnSpec(28, 28, 1, 5, 16, 32, 128, Activation.RELU);
    }
}
