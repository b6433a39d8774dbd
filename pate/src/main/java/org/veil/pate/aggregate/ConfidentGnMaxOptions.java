package org.veil.pate.aggregate;

/**
 * Confident-GNMax (Papernot et al. 2018, Algorithm 1): answer only when
 * {@code max_j n_j + N(0, sigma1^2) >= threshold}, then with GNMax at {@code sigma2}.
 *
 * @param threshold T, in votes; &gt;= 0 and finite (it may exceed the number of teachers: the
 *                  paper's Adult setting uses T = 300 with 250 teachers)
 * @param sigma1    noise of the threshold check; &gt; 0 and finite
 * @param sigma2    noise of the answer; &gt; 0 and finite
 */
public record ConfidentGnMaxOptions(double threshold, double sigma1, double sigma2) implements AggregatorOptions {

    public ConfidentGnMaxOptions {
        AggregatorOptions.checkThreshold("threshold", threshold);
        AggregatorOptions.checkNoise("sigma1", sigma1);
        AggregatorOptions.checkNoise("sigma2", sigma2);
    }

    @Override
    public String name() {
        return "confident-gnmax";
    }
}
