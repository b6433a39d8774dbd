package org.veil.core.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.veil.core.data.DataSource;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.data.Schema;

/**
 * TEST FIXTURE ONLY, not the official Adult loader (that lives in org.veil.core.data): reads
 * /work/shared/data/adult (UCI Adult, Becker and Kohavi 1996), drops rows with '?', one-hot
 * encodes categoricals with the training split's categories, standardises numerics with the
 * training split's mean and standard deviation. Used by the slow accuracy test of the baseline.
 */
public final class AdultFixture {
    /** Where the shared copy of the data set lives. */
    public static final Path DIR = Path.of("/work/shared/data/adult");
    private static final int[] NUMERIC = {0, 2, 4, 10, 11, 12};
    private static final String[] COLUMNS = {"age", "workclass", "fnlwgt", "education", "education-num",
        "marital-status", "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss",
        "hours-per-week", "native-country"};

    private AdultFixture() {
    }

    public static boolean available() {
        return Files.isReadable(DIR.resolve("adult.data.gz")) && Files.isReadable(DIR.resolve("adult.test.gz"));
    }

    /** Train (30,162 rows) and test (15,060 rows) after dropping rows with missing values. */
    public static DatasetSplit load() throws IOException {
        List<String[]> train = read(DIR.resolve("adult.data.gz"), false);
        List<String[]> test = read(DIR.resolve("adult.test.gz"), true);
        List<String> names = new ArrayList<>();
        Map<Integer, List<String>> categories = new LinkedHashMap<>();
        double[] mean = new double[COLUMNS.length];
        double[] sd = new double[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            if (isNumeric(c)) {
                names.add(COLUMNS[c]);
                double s = 0;
                double s2 = 0;
                for (String[] r : train) {
                    double v = Double.parseDouble(r[c]);
                    s += v;
                    s2 += v * v;
                }
                mean[c] = s / train.size();
                sd[c] = Math.sqrt(Math.max(s2 / train.size() - mean[c] * mean[c], 1e-12));
            } else {
                TreeSet<String> seen = new TreeSet<>();
                for (String[] r : train) {
                    seen.add(r[c]);
                }
                categories.put(c, new ArrayList<>(seen));
                for (String v : seen) {
                    names.add(COLUMNS[c] + "=" + v);
                }
            }
        }
        Encoding e = new Encoding(new Schema(List.of(), names), categories, mean, sd);
        DataSource source = new DataSource("adult", DIR.toString(), 48_842, "0".repeat(64));
        return new DatasetSplit(encode(train, source, "train", e), encode(test, source, "test", e));
    }

    private record Encoding(Schema schema, Map<Integer, List<String>> categories, double[] mean, double[] sd) {
    }

    private static Dataset encode(List<String[]> rows, DataSource source, String split, Encoding e) {
        Schema schema = e.schema();
        Map<Integer, List<String>> categories = e.categories();
        double[] mean = e.mean();
        double[] sd = e.sd();
        int d = schema.featureNames().size();
        double[][] x = new double[rows.size()][d];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int k = 0;
            for (int c = 0; c < COLUMNS.length; c++) {
                if (isNumeric(c)) {
                    x[i][k++] = (Double.parseDouble(r[c]) - mean[c]) / sd[c];
                } else {
                    List<String> cats = categories.get(c);
                    int at = cats.indexOf(r[c]);
                    if (at >= 0) {
                        x[i][k + at] = 1;
                    }
                    k += cats.size();
                }
            }
            y[i] = r[14].startsWith(">50K") ? 1 : 0;
        }
        return new Dataset(source, split, x, y, List.of("<=50K", ">50K"), schema, null);
    }

    private static boolean isNumeric(int c) {
        for (int n : NUMERIC) {
            if (n == c) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> read(Path file, boolean skipFirst) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                if (first && skipFirst) {
                    first = false;
                    continue;
                }
                first = false;
                if (line.isBlank() || line.contains("?")) {
                    continue;
                }
                String[] f = line.split(", ");
                if (f.length != 15) {
                    throw new IOException(file + ": expected 15 fields, found " + f.length + ": " + line);
                }
                out.add(f);
            }
        }
        return out;
    }
}
