package org.veil.core.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one ordering rule for classes, categories and protected groups: when every value is a finite
 * decimal ({@link NumberSyntax}) the values are sorted by number (ties, such as {@code 1} and
 * {@code 1.0}, by text); otherwise by {@link String#compareTo} (UTF-16 code units, so upper case
 * before lower case and {@code ?} before letters). So MNIST classes are {@code 0..9}, a 0/1/10 label
 * is {@code 0, 1, 10}, and Adult's income classes are {@code <=50K, >50K}.
 *
 * <p>Stateless and thread-safe.
 */
final class ValueOrder {
    private static final Comparator<String> NUMERIC =
            Comparator.comparingDouble(NumberSyntax::finiteOrNaN).thenComparing(Comparator.naturalOrder());

    private ValueOrder() {
    }

    /** The distinct {@code values}, sorted by the rule above. */
    static List<String> sorted(Collection<String> values) {
        List<String> list = new ArrayList<>(values);
        boolean allNumbers = true;
        for (String v : list) {
            if (Double.isNaN(NumberSyntax.finiteOrNaN(v))) {
                allNumbers = false;
                break;
            }
        }
        list.sort(allNumbers ? NUMERIC : Comparator.naturalOrder());
        return List.copyOf(list);
    }
}
