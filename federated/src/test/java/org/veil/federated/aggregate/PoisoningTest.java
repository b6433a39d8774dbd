package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: logistic regression on a synthetic linearly separable 2-class problem (5 features,
 * margin 0.2), split over 10 clients of 100 rows. Each round every client runs 5 full-batch gradient
 * steps (learning rate 0.5) from the global model and sends w_local − w_global; clients 7-9 are
 * malicious and send −10 × their honest update. The server adds the aggregate (FedAvg's server step,
 * η = 1) for 30 rounds. FedAvg's model is driven the wrong way; the robust rules learn.
 */
class PoisoningTest {
    private static final double[] TRUE_W = {2, -1, 0.5, 1.5, -2};
    private static final double TRUE_B = 0.3;
    private static final int CLIENTS = 10;
    private static final int MALICIOUS = 3;
    private static final int ROWS = 100;

    private static final List<double[][]> CLIENT_X = new ArrayList<>();
    private static final List<double[]> CLIENT_Y = new ArrayList<>();
    private static double[][] testX;
    private static double[] testY;

    @BeforeAll
    static void data() {
        Random rng = new Random(2024);
        for (int c = 0; c < CLIENTS; c++) {
            double[][] x = new double[ROWS][];
            double[] y = new double[ROWS];
            sample(x, y, rng);
            CLIENT_X.add(x);
            CLIENT_Y.add(y);
        }
        testX = new double[2000][];
        testY = new double[2000];
        sample(testX, testY, rng);
    }

    @Test
    void fedAvgCollapsesUnderScaledSignFlipsWhileRobustRulesLearn() {
        double fedAvg = train(new WeightedMean());
        assertTrue(fedAvg < 0.6, "fedavg accuracy " + fedAvg);
        for (Aggregator robust : List.of(new CoordinateMedian(), new TrimmedMean(0.3),
                new Krum(new KrumOptions(MALICIOUS, 1)), new Krum(new KrumOptions(MALICIOUS, CLIENTS - MALICIOUS)))) {
            double accuracy = train(robust);
            assertTrue(accuracy > 0.9, robust.name() + " accuracy " + accuracy);
        }
    }

    @Test
    void withoutMaliciousClientsFedAvgLearnsToo() {
        double[] w = new double[TRUE_W.length + 1];
        for (int round = 0; round < 30; round++) {
            List<ClientUpdate> updates = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                updates.add(new ClientUpdate("c" + c, toFloat(localDelta(w, c), 1), ROWS));
            }
            add(w, new WeightedMean().aggregate(updates));
        }
        assertTrue(accuracy(w) > 0.9, "accuracy " + accuracy(w));
    }

    private static double train(Aggregator aggregator) {
        double[] w = new double[TRUE_W.length + 1];
        for (int round = 0; round < 30; round++) {
            List<ClientUpdate> updates = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                boolean malicious = c >= CLIENTS - MALICIOUS;
                updates.add(new ClientUpdate("c" + c, toFloat(localDelta(w, c), malicious ? -10 : 1), ROWS));
            }
            add(w, aggregator.aggregate(updates));
        }
        return accuracy(w);
    }

    /** 5 full-batch gradient steps of the mean logistic loss from w; returns w_local − w. */
    private static double[] localDelta(double[] w, int client) {
        double[][] x = CLIENT_X.get(client);
        double[] y = CLIENT_Y.get(client);
        double[] local = w.clone();
        int p = TRUE_W.length;
        for (int step = 0; step < 5; step++) {
            double[] grad = new double[p + 1];
            for (int r = 0; r < x.length; r++) {
                double err = sigmoid(score(local, x[r])) - y[r];
                for (int k = 0; k < p; k++) {
                    grad[k] += err * x[r][k] / x.length;
                }
                grad[p] += err / x.length;
            }
            for (int k = 0; k <= p; k++) {
                local[k] -= 0.5 * grad[k];
            }
        }
        double[] delta = new double[p + 1];
        for (int k = 0; k <= p; k++) {
            delta[k] = local[k] - w[k];
        }
        return delta;
    }

    private static double accuracy(double[] w) {
        int correct = 0;
        for (int r = 0; r < testX.length; r++) {
            correct += (score(w, testX[r]) > 0) == (testY[r] == 1) ? 1 : 0;
        }
        return correct / (double) testX.length;
    }

    private static void sample(double[][] x, double[] y, Random rng) {
        int r = 0;
        while (r < x.length) {
            double[] row = new double[TRUE_W.length];
            for (int k = 0; k < row.length; k++) {
                row[k] = rng.nextGaussian();
            }
            double s = TRUE_B;
            for (int k = 0; k < row.length; k++) {
                s += TRUE_W[k] * row[k];
            }
            if (Math.abs(s) >= 0.2) {
                x[r] = row;
                y[r] = s > 0 ? 1 : 0;
                r++;
            }
        }
    }

    private static double score(double[] w, double[] row) {
        double s = w[row.length];
        for (int k = 0; k < row.length; k++) {
            s += w[k] * row[k];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static float[] toFloat(double[] v, double factor) {
        float[] out = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = (float) (factor * v[k]);
        }
        return out;
    }

    private static void add(double[] w, double[] delta) {
        for (int k = 0; k < w.length; k++) {
            w[k] += delta[k];
        }
    }
}
