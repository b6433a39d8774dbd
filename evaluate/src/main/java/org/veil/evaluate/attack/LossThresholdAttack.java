package org.veil.evaluate.attack;

import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;

/**
 * The loss-threshold attack of Yeom et al. 2018 ("Privacy risk in machine learning: analyzing the
 * connection to overfitting", CSF, section 3.2, Algorithm 1 adversary): an example is guessed to be a
 * member when the model's loss on it is low. Score = −loss = ln p(true label | x), so higher means
 * more likely a member; −∞ when the model gives the true label probability 0. Black-box: it needs
 * only the target's probabilities and the true labels.
 *
 * <p>Thread safety: stateless. Randomness: only the calibration/evaluation split, from the context's seed.
 */
public final class LossThresholdAttack implements Attack {
    /** The name in reports and on the command line. */
    public static final String NAME = "threshold";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AttackResult run(Classifier target, Dataset members, Dataset nonMembers, AttackContext ctx) {
        if (members.rows() == 0 || nonMembers.rows() == 0) {
            throw new IllegalArgumentException("members has " + members.rows() + " rows and non-members "
                    + nonMembers.rows() + ", allowed: at least 2 of each");
        }
        if (members.numFeatures() != nonMembers.numFeatures()) {
            throw new IllegalArgumentException("members have " + members.numFeatures() + " features, non-members "
                    + nonMembers.numFeatures() + ": they must share one schema");
        }
        return HonestEvaluation.evaluate(NAME, scores(target, members), scores(target, nonMembers), ctx);
    }

    /** ln p(y_i | x_i) for every row (Yeom et al. 2018, section 3.2: the negated cross-entropy loss). */
    public static double[] scores(Classifier target, Dataset data) {
        if (target.numClasses() != data.numClasses()) {
            throw new IllegalArgumentException("model has " + target.numClasses() + " classes, data has "
                    + data.numClasses());
        }
        double[][] p = target.predictProbabilities(data.features());
        double[] s = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            s[i] = Math.log(p[i][data.labels()[i]]);
        }
        return s;
    }
}
