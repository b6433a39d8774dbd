package org.veil.lfr;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.data.Dataset;
import org.veil.core.data.ProtectedAttribute;

/**
 * Which groups of the protected attribute are privileged and which class is favourable, resolved
 * against a data set. Defaults: the favourable class is class 1 (Adult's {@code >50K}); the privileged
 * group is the one with the highest share of the favourable class in the training rows (Adult: Male;
 * ties to the lower group index). Immutable.
 *
 * @param privilegedGroups the privileged group names, or empty for the default
 * @param favourableClass  the favourable class name, or null for class 1
 */
public record ProtectedSetting(List<String> privilegedGroups, String favourableClass) {

    public ProtectedSetting {
        privilegedGroups = List.copyOf(privilegedGroups);
    }

    /** Both defaults. */
    public ProtectedSetting() {
        this(List.of(), null);
    }

    /** The index of the favourable class in {@code data}, checking that the label is binary. */
    public int favourableIndex(Dataset data) {
        if (data.numClasses() != 2) {
            throw new IllegalArgumentException("the label has " + data.numClasses() + " classes "
                    + data.classNames() + "; LFR needs a binary label (2 classes)");
        }
        if (favourableClass == null) {
            return 1;
        }
        int i = data.classNames().indexOf(favourableClass);
        if (i < 0) {
            throw new IllegalArgumentException("favourable class '" + favourableClass + "' is not a class; classes: "
                    + data.classNames());
        }
        return i;
    }

    /** 1 for rows on the privileged side, 0 otherwise; checks that the attribute exists and varies. */
    public int[] sides(Dataset data, int favourable) {
        ProtectedAttribute p = protectedOf(data);
        boolean[] priv = privilegedMask(data, favourable);
        int[] side = new int[data.rows()];
        int count = 0;
        for (int n = 0; n < side.length; n++) {
            side[n] = priv[p.groups()[n]] ? 1 : 0;
            count += side[n];
        }
        if (count == 0 || count == side.length) {
            throw new IllegalArgumentException("protected column '" + p.name() + "' is constant in the training rows"
                    + " (all " + (count == 0 ? "unprivileged" : "privileged") + "); LFR needs both sides");
        }
        return side;
    }

    /** The names of the privileged groups. */
    public List<String> privilegedNames(Dataset data, int favourable) {
        ProtectedAttribute p = protectedOf(data);
        boolean[] priv = privilegedMask(data, favourable);
        List<String> out = new ArrayList<>();
        for (int g = 0; g < priv.length; g++) {
            if (priv[g]) {
                out.add(p.groupNames().get(g));
            }
        }
        return out;
    }

    /** privileged[g] for every group g. */
    public boolean[] privilegedMask(Dataset data, int favourable) {
        ProtectedAttribute p = protectedOf(data);
        boolean[] priv = new boolean[p.groupNames().size()];
        if (!privilegedGroups.isEmpty()) {
            for (int g : groupIndices(p, privilegedGroups)) {
                priv[g] = true;
            }
            return priv;
        }
        double[] fav = new double[priv.length];
        double[] all = new double[priv.length];
        for (int n = 0; n < data.rows(); n++) {
            all[p.groups()[n]]++;
            fav[p.groups()[n]] += data.labels()[n] == favourable ? 1 : 0;
        }
        int best = -1;
        for (int g = 0; g < priv.length; g++) {
            if (all[g] > 0 && (best < 0 || fav[g] / all[g] > fav[best] / all[best])) {
                best = g;
            }
        }
        priv[best] = true;
        return priv;
    }

    /** The indices of the named groups of {@code p}, refusing a name that is not one of its groups. */
    static int[] groupIndices(ProtectedAttribute p, List<String> names) {
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.groupNames().indexOf(names.get(i));
            if (out[i] < 0) {
                throw new IllegalArgumentException("privileged group '" + names.get(i) + "' is not a value of '"
                        + p.name() + "'; groups: " + p.groupNames());
            }
        }
        return out;
    }

    static ProtectedAttribute protectedOf(Dataset data) {
        if (data.protectedAttribute() == null) {
            throw new IllegalArgumentException("the data has no protected attribute; name its column "
                    + "(--protected COLUMN)");
        }
        return data.protectedAttribute();
    }
}
