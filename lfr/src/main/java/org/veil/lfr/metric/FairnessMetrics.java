package org.veil.lfr.metric;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes a {@link FairnessReport} from true classes, predicted classes and protected groups. Works for
 * binary and multi-valued attributes: the privileged groups form one side, all other rows the other (as
 * AIF360 does when {@code unprivileged_groups} lists every other value). Stateless and thread-safe.
 */
public final class FairnessMetrics {

    private FairnessMetrics() {
    }

    /**
     * @param yTrue      true class per row
     * @param yPred      predicted class per row
     * @param groups     group index per row, in [0, groupCount)
     * @param groupCount number of groups
     * @param privileged the privileged group indices (non-empty; not all groups)
     * @param favourable the favourable class index
     */
    public static FairnessReport of(int[] yTrue, int[] yPred, int[] groups, int groupCount, int[] privileged,
            int favourable) {
        boolean[] priv = check(yTrue, yPred, groups, groupCount, privileged);
        GroupRates[] per = new GroupRates[groupCount];
        long[][] c = new long[groupCount][5];
        long correct = 0;
        for (int i = 0; i < yTrue.length; i++) {
            long[] g = c[groups[i]];
            boolean pos = yTrue[i] == favourable;
            boolean sel = yPred[i] == favourable;
            g[0]++;
            g[1] += sel ? 1 : 0;
            g[2] += pos ? 1 : 0;
            g[3] += pos && sel ? 1 : 0;
            g[4] += !pos && sel ? 1 : 0;
            correct += yTrue[i] == yPred[i] ? 1 : 0;
        }
        GroupRates p = new GroupRates(0, 0, 0, 0, 0);
        GroupRates u = p;
        List<GroupRates> list = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            per[g] = new GroupRates(c[g][0], c[g][1], c[g][2], c[g][3], c[g][4]);
            list.add(per[g]);
            if (priv[g]) {
                p = p.plus(per[g]);
            } else {
                u = u.plus(per[g]);
            }
        }
        if (p.rows() == 0 || u.rows() == 0) {
            throw new IllegalArgumentException("the " + (p.rows() == 0 ? "privileged" : "unprivileged")
                    + " side has no rows; both sides need at least one row");
        }
        GroupRates all = p.plus(u);
        double worst = 0;
        for (int g = 0; g < groupCount; g++) {
            double d = per[g].selectionRate() - p.selectionRate();
            if (!priv[g] && per[g].rows() > 0 && Math.abs(d) >= Math.abs(worst)) {
                worst = d;
            }
        }
        return new FairnessReport((double) correct / yTrue.length,
                (all.truePositiveRate() + all.trueNegativeRate()) / 2,
                u.selectionRate() - p.selectionRate(), ratio(u.selectionRate(), p.selectionRate()),
                u.truePositiveRate() - p.truePositiveRate(),
                ((u.falsePositiveRate() - p.falsePositiveRate()) + (u.truePositiveRate() - p.truePositiveRate())) / 2,
                worst, p, u, list);
    }

    /** a / b with numpy's conventions: 0/0 is NaN, x/0 is Infinity. */
    static double ratio(double a, double b) {
        if (b == 0) {
            return a == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        return a / b;
    }

    private static boolean[] check(int[] yTrue, int[] yPred, int[] groups, int groupCount, int[] privileged) {
        if (yTrue.length != yPred.length || yTrue.length != groups.length) {
            throw new IllegalArgumentException("yTrue, yPred and groups have " + yTrue.length + ", " + yPred.length
                    + " and " + groups.length + " rows; they must be equal");
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("rows=0, allowed: >= 1");
        }
        boolean[] priv = new boolean[groupCount];
        for (int g : privileged) {
            if (g < 0 || g >= groupCount) {
                throw new IllegalArgumentException("privileged group " + g + ", allowed: [0, " + groupCount + ")");
            }
            priv[g] = true;
        }
        if (privileged.length == 0) {
            throw new IllegalArgumentException("no privileged group, allowed: at least one");
        }
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] < 0 || groups[i] >= groupCount) {
                throw new IllegalArgumentException("groups[" + i + "]=" + groups[i] + ", allowed: [0, " + groupCount
                        + ")");
            }
        }
        return priv;
    }
}
