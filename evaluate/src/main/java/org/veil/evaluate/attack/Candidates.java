package org.veil.evaluate.attack;

import java.util.Arrays;
import java.util.Set;
import org.veil.core.data.DataSource;
import org.veil.core.data.Dataset;
import org.veil.core.data.ProtectedAttribute;
import org.veil.core.data.RowKey;
import org.veil.core.model.Classifier;

/**
 * The rows an attack is asked about: the members followed by the non-members, as one data set that
 * reference models index (LiRA and RMIA train them on halves of exactly these rows). Also the one
 * place where attack inputs are checked, so that every attack refuses bad input with the same
 * one-line messages: empty sides, different schemas, a model for other data, and rows that are both
 * member and non-member.
 *
 * <p>Immutable by convention (row arrays are shared, not copied). No randomness.
 *
 * @param all     members (rows {@code [0, members)}) then non-members
 * @param members number of members
 */
public record Candidates(Dataset all, int members) {

    /** Checks the inputs against each other and the target, and joins them. */
    public static Candidates of(Classifier target, Dataset members, Dataset nonMembers) {
        check(target, members, nonMembers);
        int m = members.rows();
        int n = nonMembers.rows();
        double[][] x = new double[m + n][];
        int[] y = new int[m + n];
        System.arraycopy(members.features(), 0, x, 0, m);
        System.arraycopy(nonMembers.features(), 0, x, m, n);
        System.arraycopy(members.labels(), 0, y, 0, m);
        System.arraycopy(nonMembers.labels(), 0, y, m, n);
        DataSource src = members.source();
        DataSource source = new DataSource(src.name(), src.location(), (long) m + n, src.sha256());
        return new Candidates(new Dataset(source, "candidates", x, y, members.classNames(), members.schema(),
                protectedOf(members, nonMembers)), m);
    }

    /** The same checks without joining. */
    public static void check(Classifier target, Dataset members, Dataset nonMembers) {
        if (members.rows() < 2 || nonMembers.rows() < 2) {
            throw new IllegalArgumentException("members has " + members.rows() + " rows and non-members "
                    + nonMembers.rows() + ", allowed: at least 2 of each");
        }
        if (members.numFeatures() != nonMembers.numFeatures()
                || !members.schema().featureNames().equals(nonMembers.schema().featureNames())) {
            throw new IllegalArgumentException("members have " + members.numFeatures() + " encoded features and "
                    + "non-members " + nonMembers.numFeatures() + ": they must share one schema");
        }
        if (!members.classNames().equals(nonMembers.classNames())) {
            throw new IllegalArgumentException("members have classes " + members.classNames() + ", non-members "
                    + nonMembers.classNames() + ": they must share one label set");
        }
        if (target != null && target.numClasses() != members.numClasses()) {
            throw new IllegalArgumentException("the model has " + target.numClasses() + " classes, the data has "
                    + members.numClasses() + " (" + members.classNames() + "): model and data do not match");
        }
        int overlap = overlap(members, nonMembers);
        if (overlap > 0) {
            throw new IllegalArgumentException(overlap + " non-member rows are identical to member rows (features "
                    + "and label): members and non-members must not overlap");
        }
    }

    public int nonMembers() {
        return all.rows() - members;
    }

    /** Rows of {@code all} that are members (0..members-1). */
    public boolean isMember(int row) {
        return row < members;
    }

    private static int overlap(Dataset members, Dataset nonMembers) {
        Set<RowKey> seen = RowKey.all(members);
        int count = 0;
        for (int i = 0; i < nonMembers.rows(); i++) {
            count += seen.contains(RowKey.of(nonMembers, i)) ? 1 : 0;
        }
        return count;
    }

    private static ProtectedAttribute protectedOf(Dataset members, Dataset nonMembers) {
        ProtectedAttribute a = members.protectedAttribute();
        ProtectedAttribute b = nonMembers.protectedAttribute();
        if (a == null || b == null || !a.name().equals(b.name()) || !a.groupNames().equals(b.groupNames())) {
            return null;
        }
        int[] g = Arrays.copyOf(a.groups(), a.groups().length + b.groups().length);
        System.arraycopy(b.groups(), 0, g, a.groups().length, b.groups().length);
        return new ProtectedAttribute(a.name(), g, a.groupNames());
    }
}
