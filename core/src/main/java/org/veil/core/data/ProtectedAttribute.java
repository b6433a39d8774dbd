package org.veil.core.data;

import java.util.List;
import java.util.Objects;

/**
 * Group membership of each row in a protected attribute (for example {@code sex}), kept beside the
 * features for fairness metrics and per-group attack slices.
 *
 * @param name       the source column
 * @param groups     group index of each row, in {@code [0, groupNames.size())}
 * @param groupNames the group values, index = group
 */
public record ProtectedAttribute(String name, int[] groups, List<String> groupNames) {

    public ProtectedAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(groups, "groups");
        groupNames = List.copyOf(Objects.requireNonNull(groupNames, "groupNames"));
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] < 0 || groups[i] >= groupNames.size()) {
                throw new IllegalArgumentException("groups[" + i + "]=" + groups[i] + ", allowed: [0, "
                        + groupNames.size() + ")");
            }
        }
    }

    /** The rows {@code index} of this attribute, in that order. */
    public ProtectedAttribute subset(int[] index) {
        int[] g = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            g[i] = groups[index[i]];
        }
        return new ProtectedAttribute(name, g, groupNames);
    }
}
