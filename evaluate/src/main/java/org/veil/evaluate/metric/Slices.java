package org.veil.evaluate.metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ROC curves per slice of the evaluated examples (per class, per protected-group value): leakage is
 * often concentrated in small groups or rare classes, which a single overall AUC hides (Carlini et al.
 * 2022, section V.C; the seed's threat of discriminatory models). Slices with fewer than
 * {@code minPerSide} members or non-members are left out rather than reported with meaningless rates.
 *
 * <p>Stateless.
 */
public final class Slices {

    private Slices() {
    }

    /**
     * @param memberScores    evaluated member scores
     * @param memberKeys      the slice of each member score (same length)
     * @param nonMemberScores evaluated non-member scores
     * @param nonMemberKeys   the slice of each non-member score
     * @param minPerSide      smallest number of members and of non-members a reported slice has, &gt;= 1
     * @return slice name → ROC curve, in name order
     */
    public static Map<String, RocCurve> roc(double[] memberScores, String[] memberKeys, double[] nonMemberScores,
            String[] nonMemberKeys, int minPerSide) {
        if (memberScores.length != memberKeys.length || nonMemberScores.length != nonMemberKeys.length) {
            throw new IllegalArgumentException("scores and keys differ in length: " + memberScores.length + "/"
                    + memberKeys.length + ", " + nonMemberScores.length + "/" + nonMemberKeys.length);
        }
        if (minPerSide < 1) {
            throw new IllegalArgumentException("minPerSide=" + minPerSide + ", allowed: >= 1");
        }
        Map<String, List<Double>> m = group(memberScores, memberKeys);
        Map<String, List<Double>> n = group(nonMemberScores, nonMemberKeys);
        Map<String, RocCurve> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : m.entrySet()) {
            List<Double> neg = n.get(e.getKey());
            if (neg != null && e.getValue().size() >= minPerSide && neg.size() >= minPerSide) {
                out.put(e.getKey(), RocCurve.of(unbox(e.getValue()), unbox(neg)));
            }
        }
        return out;
    }

    private static Map<String, List<Double>> group(double[] scores, String[] keys) {
        Map<String, List<Double>> g = new TreeMap<>();
        for (int i = 0; i < scores.length; i++) {
            g.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(scores[i]);
        }
        return g;
    }

    private static double[] unbox(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
