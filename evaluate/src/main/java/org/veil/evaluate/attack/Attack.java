package org.veil.evaluate.attack;

import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;

/**
 * A membership-inference attack (DESIGN.md section 3): given a target model and examples known to be
 * members and non-members of its training data, it scores every example (higher = more likely a
 * member) and reports how well the scores separate the two sets.
 *
 * <p>Implementations say in their Javadoc which knowledge they assume (black-box probabilities,
 * shadow data, reference models) and take all randomness from the {@link AttackContext}.
 */
public interface Attack {

    /** Short name used in reports and on the command line, e.g. {@code threshold}. */
    String name();

    /**
     * Runs the attack.
     *
     * @param target     the model under attack
     * @param members    examples that were in its training data (the positive class)
     * @param nonMembers examples from the same distribution that were not
     * @param ctx        seed, confidence level and the claimed δ
     */
    AttackResult run(Classifier target, Dataset members, Dataset nonMembers, AttackContext ctx);
}
