package org.veil.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.error.DataFormatException;

/**
 * Encodes a table with an encoding fitted elsewhere ({@link DataEncoding}): finds the label and every
 * encoded column by name (other columns are ignored), keeps the rows the encoding's missing-value
 * policy keeps (a label is always needed; under DROP_ROWS every encoded column too), and encodes them
 * with the given statistics. A numeric field that is not a finite number, or a label outside the
 * encoding's classes, is a {@link DataFormatException} naming the file, line and column; an unseen
 * category encodes as all zeros, as for a test split.
 *
 * <p>Stateless apart from the call's arguments; thread-safe. Randomness: none.
 */
final class EncodingApplier {

    private EncodingApplier() {
    }

    static Dataset apply(DataEncoding encoding, RawTable table, DataSource source) {
        int label = column(table, encoding.label(), "label column");
        int[] cols = new int[encoding.columns().size()];
        List<FeatureEncoder> encoders = new ArrayList<>();
        for (int c = 0; c < cols.length; c++) {
            ColumnEncoding e = encoding.columns().get(c);
            cols[c] = column(table, e.name(), e.kind().name().toLowerCase() + " column");
            encoders.add(e.encoder());
        }
        Map<String, Integer> classIndex = new HashMap<>();
        encoding.classes().forEach(k -> classIndex.put(k, classIndex.size()));
        List<String> names = encoding.featureNames();
        double[][] x = new double[table.size()][];
        int[] y = new int[table.size()];
        int n = 0;
        for (int i = 0; i < table.size(); i++) {
            if (!kept(encoding, table, i, label, cols)) {
                continue;
            }
            y[n] = labelOf(encoding, table, i, label, classIndex);
            x[n++] = row(encoding, table, i, cols, encoders, names.size());
        }
        if (n == 0) {
            throw new DataFormatException(table.file(), 0, null, "no rows left after dropping rows with a missing "
                    + "label or encoded value (" + table.size() + " rows read)");
        }
        List<ColumnInfo> infos = new ArrayList<>();
        infos.add(new ColumnInfo(encoding.label(), ColumnKind.CATEGORICAL, ColumnRole.LABEL, encoding.classes(), 0));
        for (ColumnEncoding e : encoding.columns()) {
            infos.add(new ColumnInfo(e.name(), e.kind(), ColumnRole.FEATURE, e.categories(), 0));
        }
        return new Dataset(source, "train", Arrays.copyOf(x, n), Arrays.copyOf(y, n), encoding.classes(),
                new Schema(infos, names), null);
    }

    private static int column(RawTable table, String name, String what) {
        int j = table.columns().indexOf(name);
        if (j < 0) {
            throw new DataFormatException(table.file(), 0, name, "no such " + what + "; the encoding needs it (columns "
                    + "found: " + ColumnPlan.list(table.columns()) + ")");
        }
        return j;
    }

    private static boolean kept(DataEncoding encoding, RawTable table, int i, int label, int[] cols) {
        if (NumberSyntax.isMissing(table.value(i, label))) {
            return false;
        }
        if (encoding.missing() == MissingValues.DROP_ROWS) {
            for (int j : cols) {
                if (NumberSyntax.isMissing(table.value(i, j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int labelOf(DataEncoding encoding, RawTable table, int i, int label, Map<String, Integer> index) {
        String v = table.value(i, label);
        Integer k = index.get(v);
        if (k == null) {
            throw new DataFormatException(table.file(), table.line(i), encoding.label(), "label value '" + v
                    + "' is not one of the encoding's classes " + ColumnPlan.list(encoding.classes()));
        }
        return k;
    }

    private static double[] row(DataEncoding encoding, RawTable table, int i, int[] cols, List<FeatureEncoder> encoders,
            int width) {
        double[] r = new double[width];
        int offset = 0;
        for (int c = 0; c < cols.length; c++) {
            String v = table.value(i, cols[c]);
            ColumnEncoding e = encoding.columns().get(c);
            if (e.kind() == ColumnKind.NUMERIC && !NumberSyntax.isMissing(v)
                    && !Double.isFinite(NumberSyntax.finiteOrNaN(v))) {
                throw new DataFormatException(table.file(), table.line(i), e.name(), "'" + v + "' is not a finite "
                        + "number (the column is numeric in the encoding)");
            }
            encoders.get(c).encode(v, r, offset);
            offset += encoders.get(c).width();
        }
        return r;
    }
}
