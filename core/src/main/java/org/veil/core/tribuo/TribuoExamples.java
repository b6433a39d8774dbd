package org.veil.core.tribuo;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.veil.core.data.Dataset;

/**
 * Converts Veil rows to Tribuo examples: one dense {@link ArrayExample} per row, named by the
 * schema's encoded feature names, labelled with the class name. Zeros are kept as explicit
 * features so that every row, even an all-zero one, overlaps the model's feature domain.
 *
 * <p>Thread safety: stateless.
 */
final class TribuoExamples {
    static final LabelFactory LABELS = new LabelFactory();

    private TribuoExamples() {
    }

    /** The training set: row i becomes an example labelled {@code classNames[labels[i]]}. */
    static MutableDataset<Label> dataset(Dataset data) {
        String[] names = data.schema().featureNames().toArray(String[]::new);
        List<Example<Label>> examples = new ArrayList<>(data.rows());
        for (int i = 0; i < data.rows(); i++) {
            Label label = new Label(data.classNames().get(data.labels()[i]));
            examples.add(new ArrayExample<>(label, names, data.features()[i]));
        }
        SimpleDataSourceProvenance provenance = new SimpleDataSourceProvenance(
                "veil:" + data.source().name() + ":" + data.split(), LABELS);
        return new MutableDataset<>(examples, provenance, LABELS);
    }

    /** Unlabelled examples for rows {@code [from, to)} of {@code x}. */
    static List<Example<Label>> unlabelled(double[][] x, int from, int to, String[] names) {
        List<Example<Label>> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            if (x[i] == null || x[i].length != names.length) {
                throw new IllegalArgumentException("x[" + i + "] has " + (x[i] == null ? "no" : x[i].length)
                        + " values, allowed: " + names.length);
            }
            out.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, x[i]));
        }
        return out;
    }
}
