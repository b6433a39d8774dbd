package org.veil.pate.aggregate;

/**
 * Interactive-GNMax (Papernot et al. 2018, Algorithm 2): with the student's class probabilities p
 * and M teachers, answer with GNMax at {@code sigma2} when
 * {@code max_j (n_j - M p_j) + N(0, sigma1^2) >= threshold} (the teachers disagree with the
 * student); otherwise, when the student's own top probability exceeds {@code studentConfidence},
 * use the student's prediction (free: it touches no private data); otherwise give no label.
 *
 * @param threshold         T, in votes; &gt;= 0 and finite
 * @param sigma1            noise of the check; &gt; 0 and finite
 * @param sigma2            noise of the answer; &gt; 0 and finite
 * @param studentConfidence T', in [0, 1]
 */
public record InteractiveGnMaxOptions(double threshold, double sigma1, double sigma2, double studentConfidence)
        implements AggregatorOptions {

    public InteractiveGnMaxOptions {
        AggregatorOptions.checkThreshold("threshold", threshold);
        AggregatorOptions.checkNoise("sigma1", sigma1);
        AggregatorOptions.checkNoise("sigma2", sigma2);
        if (!(studentConfidence >= 0 && studentConfidence <= 1)) {
            throw new IllegalArgumentException("studentConfidence=" + studentConfidence + ", allowed: [0, 1]");
        }
    }

    @Override
    public String name() {
        return "interactive-gnmax";
    }
}
