package org.veil.evaluate.attack;

import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.core.data.Dataset;
import org.veil.evaluate.metric.RocCurve;
import org.veil.evaluate.metric.Slices;

/**
 * Per-slice ROC curves of an attack's evaluated examples: one slice per true class
 * ({@code class=<name>}) and, when the data has a protected attribute, one per group
 * ({@code <attribute>=<group>}). The rows come from {@link AttackResult#memberRows()} and
 * {@link AttackResult#nonMemberRows()}, so only the evaluation split is sliced. Stateless.
 */
public final class AttackSlices {
    /** Fewest members and non-members a reported slice has. */
    public static final int MIN_PER_SIDE = 20;

    private AttackSlices() {
    }

    /** Class slices, then protected-group slices; slices smaller than {@link #MIN_PER_SIDE} are left out. */
    public static Map<String, RocCurve> of(AttackResult r, Dataset members, Dataset nonMembers) {
        Map<String, RocCurve> out = new LinkedHashMap<>();
        out.putAll(Slices.roc(r.memberScores(), classKeys(members, r.memberRows()), r.nonMemberScores(),
                classKeys(nonMembers, r.nonMemberRows()), MIN_PER_SIDE));
        if (members.protectedAttribute() != null && nonMembers.protectedAttribute() != null) {
            out.putAll(Slices.roc(r.memberScores(), groupKeys(members, r.memberRows()), r.nonMemberScores(),
                    groupKeys(nonMembers, r.nonMemberRows()), MIN_PER_SIDE));
        }
        return out;
    }

    private static String[] classKeys(Dataset d, int[] rows) {
        String[] keys = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = "class=" + d.classNames().get(d.labels()[rows[i]]);
        }
        return keys;
    }

    private static String[] groupKeys(Dataset d, int[] rows) {
        String[] keys = new String[rows.length];
        String name = d.protectedAttribute().name();
        for (int i = 0; i < rows.length; i++) {
            keys[i] = name + "=" + d.protectedAttribute().groupNames().get(d.protectedAttribute().groups()[rows[i]]);
        }
        return keys;
    }
}
