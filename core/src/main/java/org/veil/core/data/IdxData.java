package org.veil.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.veil.core.error.DataFormatException;

/**
 * A directory of MNIST-format IDX files as a train/test split: {@code train-images-idx3-ubyte},
 * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte},
 * each optionally gzip-compressed ({@code .gz}) and also found with a dot before {@code idx}
 * ({@code train-images.idx3-ubyte}). An uncompressed file is preferred over its {@code .gz}.
 *
 * <p>Features {@code px0 .. px(rows*cols-1)} in row-major order, pixel / 255 so in [0, 1], not
 * standardised. Classes: the distinct training labels in numeric order ({@code "0".."9"} for MNIST).
 * SHA-256 over the uncompressed bytes of train-images, train-labels, t10k-images, t10k-labels, in that
 * order. Stateless and thread-safe.
 */
final class IdxData {
    /** The four files in hashing order. */
    static final List<String> FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    static final String LABEL = "label";

    private IdxData() {
    }

    static LoadedData load(Path dir) {
        byte[][] bytes = new byte[FILES.size()][];
        String[] names = new String[FILES.size()];
        for (int k = 0; k < FILES.size(); k++) {
            Path file = find(dir, FILES.get(k));
            names[k] = file.toString();
            bytes[k] = SourceFiles.readMaybeGzip(file);
        }
        IdxReader.Images trainImages = IdxReader.images(names[0], bytes[0]);
        int[] trainLabels = IdxReader.labels(names[1], bytes[1]);
        IdxReader.Images testImages = IdxReader.images(names[2], bytes[2]);
        int[] testLabels = IdxReader.labels(names[3], bytes[3]);
        checkCount(names[1], trainLabels.length, trainImages.count(), names[0]);
        checkCount(names[3], testLabels.length, testImages.count(), names[2]);
        if (testImages.rows() != trainImages.rows() || testImages.cols() != trainImages.cols()) {
            throw new DataFormatException(names[2], 0, null, "images are " + testImages.rows() + " x "
                    + testImages.cols() + ", training images are " + trainImages.rows() + " x " + trainImages.cols());
        }
        List<String> classes = classes(names[1], trainLabels);
        Map<Integer, Integer> classIndex = new HashMap<>();
        classes.forEach(c -> classIndex.put(Integer.valueOf(c), classIndex.size()));
        int[] yTest = indices(names[3], testLabels, classIndex);
        int[] yTrain = indices(names[1], trainLabels, classIndex);
        Schema schema = schema(trainImages.rows() * trainImages.cols(), classes);
        DataSource source = new DataSource(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(),
                dir.toAbsolutePath().normalize().toString(), (long) trainLabels.length + testLabels.length,
                SourceDigest.of(bytes));
        Dataset train = new Dataset(source, "train", pixels(trainImages), yTrain, classes, schema, null);
        Dataset test = new Dataset(source, "test", pixels(testImages), yTest, classes, schema, null);
        return new LoadedData(new DatasetSplit(train, test), LoadReport.clean(train.rows(), test.rows()));
    }

    private static Path find(Path dir, String base) {
        String dotted = base.replace("-idx", ".idx");
        for (String name : List.of(base, base + ".gz", dotted, dotted + ".gz")) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new DataFormatException(dir.toString(), 0, null, "no " + base + " (or " + base + ".gz) in the directory;"
                + " an IDX directory holds " + String.join(", ", FILES) + " (each may be .gz)");
    }

    private static void checkCount(String labelsFile, int labels, int images, String imagesFile) {
        if (labels != images) {
            throw new DataFormatException(labelsFile, 0, null, labels + " labels but " + images + " images in "
                    + Path.of(imagesFile).getFileName());
        }
    }

    private static List<String> classes(String file, int[] labels) {
        TreeSet<Integer> seen = new TreeSet<>();
        for (int y : labels) {
            seen.add(y);
        }
        List<String> classes = new ArrayList<>();
        seen.forEach(y -> classes.add(Integer.toString(y)));
        if (classes.size() < 2) {
            throw new DataFormatException(file, 0, LABEL, "the labels have only one class '" + classes.get(0)
                    + "'; at least 2 classes are needed");
        }
        return classes;
    }

    private static int[] indices(String file, int[] labels, Map<Integer, Integer> classIndex) {
        int[] y = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            Integer c = classIndex.get(labels[i]);
            if (c == null) {
                throw new DataFormatException(file, i + 1, LABEL, "label " + labels[i] + " (item " + (i + 1)
                        + ") does not occur in the training labels");
            }
            y[i] = c;
        }
        return y;
    }

    private static Schema schema(int pixels, List<String> classes) {
        List<ColumnInfo> columns = new ArrayList<>(pixels + 1);
        List<String> features = new ArrayList<>(pixels);
        for (int p = 0; p < pixels; p++) {
            features.add("px" + p);
            columns.add(new ColumnInfo("px" + p, ColumnKind.NUMERIC, ColumnRole.FEATURE, List.of(), 0));
        }
        columns.add(new ColumnInfo(LABEL, ColumnKind.CATEGORICAL, ColumnRole.LABEL, classes, 0));
        return new Schema(columns, features);
    }

    private static double[][] pixels(IdxReader.Images images) {
        int d = images.rows() * images.cols();
        double[][] x = new double[images.count()][d];
        for (int i = 0; i < x.length; i++) {
            for (int p = 0; p < d; p++) {
                // Scale unsigned bytes 0..255 to [0, 1].
                x[i][p] = images.pixel(i, p) / 255.0;
            }
        }
        return x;
    }
}
