package org.veil.lfr.leakage;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.data.ColumnInfo;
import org.veil.core.data.ColumnKind;
import org.veil.core.data.ColumnRole;
import org.veil.core.data.DataSource;
import org.veil.core.data.Dataset;
import org.veil.core.data.Schema;
import org.veil.core.model.Classifier;
import org.veil.core.run.RunContext;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.tribuo.TribuoTrainer;

/**
 * The adversarial leakage score of a representation: the best of a few classifiers trained to predict the
 * protected attribute from it (logistic regression and a small MLP), scored by balanced accuracy on
 * held-out rows. Statistical parity alone can hide leakage (Zemel et al. 2013, Section 4, train a
 * classifier on Z to predict S for the same reason; Madras et al. 2018, "Learning Adversarially Fair and
 * Transferable Representations", Section 5). Randomness: {@code ctx} only. Stateless.
 */
public final class ProtectedLeakage {

    private ProtectedLeakage() {
    }

    /**
     * Trains the adversaries on (trainX, trainGroups) and scores them on (testX, testGroups).
     *
     * @param groupNames the protected groups, index = group
     */
    public static LeakageResult measure(double[][] trainX, int[] trainGroups, double[][] testX, int[] testGroups,
            List<String> groupNames, RunContext ctx) {
        Dataset train = dataset(trainX, trainGroups, groupNames, "train");
        Dataset test = dataset(testX, testGroups, groupNames, "test");
        Classifier lr = new TribuoTrainer().train(train, ctx).model();
        Classifier mlp = new BaselineTrainer(new BaselineOptions().withEpochs(5)).train(train, ctx).model();
        double a = balancedAccuracy(lr.predict(testX), testGroups, groupNames.size());
        double b = balancedAccuracy(mlp.predict(testX), testGroups, groupNames.size());
        return new LeakageResult(a, b, Math.max(a, b), 1.0 / groupNames.size());
    }

    /** Mean over the groups present in {@code truth} of the share of that group's rows predicted as it. */
    static double balancedAccuracy(int[] predicted, int[] truth, int groups) {
        double[] hit = new double[groups];
        double[] n = new double[groups];
        for (int i = 0; i < truth.length; i++) {
            n[truth[i]]++;
            hit[truth[i]] += predicted[i] == truth[i] ? 1 : 0;
        }
        double sum = 0;
        int present = 0;
        for (int g = 0; g < groups; g++) {
            if (n[g] > 0) {
                sum += hit[g] / n[g];
                present++;
            }
        }
        return sum / present;
    }

    private static Dataset dataset(double[][] x, int[] groups, List<String> groupNames, String split) {
        if (x.length != groups.length || x.length == 0) {
            throw new IllegalArgumentException(split + ": " + x.length + " rows and " + groups.length
                    + " groups, allowed: equal and >= 1");
        }
        List<String> names = new ArrayList<>();
        List<ColumnInfo> columns = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            names.add("z" + j);
            columns.add(new ColumnInfo("z" + j, ColumnKind.NUMERIC, ColumnRole.FEATURE, List.of(), 0));
        }
        columns.add(new ColumnInfo("group", ColumnKind.CATEGORICAL, ColumnRole.LABEL, groupNames, 0));
        DataSource source = new DataSource("representation", "memory:representation", x.length, "-");
        return new Dataset(source, split, x, groups, groupNames, new Schema(columns, names), null);
    }
}
