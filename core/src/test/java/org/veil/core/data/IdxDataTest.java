package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.veil.core.data.Fixtures.expectError;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxDataTest {
    private static final Path MNIST = Path.of("/work/shared/data/mnist");

    @TempDir
    Path dir;

    static byte[] images(int magic, int count, int rows, int cols, int pixelBytes) {
        ByteBuffer b = ByteBuffer.allocate(16 + pixelBytes);
        b.putInt(magic).putInt(count).putInt(rows).putInt(cols);
        for (int i = 0; i < pixelBytes; i++) {
            b.put((byte) (i * 51 % 256));
        }
        return b.array();
    }

    static byte[] labels(int magic, int... labels) {
        ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
        b.putInt(magic).putInt(labels.length);
        for (int y : labels) {
            b.put((byte) y);
        }
        return b.array();
    }

    private void put(String name, byte[] bytes) {
        try {
            if (name.endsWith(".gz")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(bytes);
                }
                bytes = out.toByteArray();
            }
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid tiny set: 4 training and 2 test images of 2 x 3 pixels; train images gzip-compressed. */
    private byte[][] tiny() {
        byte[][] files = {images(0x803, 4, 2, 3, 24), labels(0x801, 1, 0, 2, 1), images(0x803, 2, 2, 3, 12),
            labels(0x801, 2, 0)};
        put("train-images-idx3-ubyte.gz", files[0]);
        put("train-labels-idx1-ubyte", files[1]);
        put("t10k-images.idx3-ubyte", files[2]);
        put("t10k-labels-idx1-ubyte.gz", files[3]);
        return files;
    }

    private LoadedData load() {
        return DataLoader.load(DataSpec.of(dir.toString()));
    }

    @Test
    void tinySetPixelsScaledClassesAndHash() throws Exception {
        byte[][] files = tiny();
        LoadedData data = load();
        assertEquals(4, data.train().rows());
        assertEquals(2, data.test().rows());
        assertEquals(List.of("px0", "px1", "px2", "px3", "px4", "px5"), data.train().schema().featureNames());
        assertEquals(List.of("0", "1", "2"), data.train().classNames());
        assertArrayEquals(new int[] {1, 0, 2, 1}, data.train().labels());
        assertArrayEquals(new int[] {2, 0}, data.test().labels());
        // Pixel bytes are i * 51 mod 256: 0, 51, 102, 153, 204, 255 for the first image.
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, data.train().features()[0], 1e-15);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (byte[] f : files) {
            md.update(f);
        }
        assertEquals(HexFormat.of().formatHex(md.digest()), data.source().sha256());
        assertEquals(6, data.source().rows());
        assertEquals(dir.getFileName().toString(), data.source().name());
        ColumnInfo label = data.train().schema().columns().get(6);
        assertEquals(new ColumnInfo("label", ColumnKind.CATEGORICAL, ColumnRole.LABEL, List.of("0", "1", "2"), 0), label);
    }

    @Test
    void wrongMagicNumber() {
        tiny();
        put("train-labels-idx1-ubyte", labels(0x803, 1, 0, 2, 1));
        expectError(this::load, 0, null, "train-labels-idx1-ubyte", "wrong magic number 0x00000803, expected 0x00000801");
    }

    @Test
    void sizeDoesNotMatchTheHeader() {
        tiny();
        put("t10k-images.idx3-ubyte", images(0x803, 2, 2, 3, 11));
        expectError(this::load, 0, null, "t10k-images.idx3-ubyte", "size 27 bytes does not match the header",
                "need 28 bytes");
        put("t10k-images.idx3-ubyte", new byte[] {0, 0, 8});
        expectError(this::load, 0, null, "too short for an IDX images header");
    }

    @Test
    void labelAndImageCountsDiffer() {
        tiny();
        put("t10k-labels-idx1-ubyte.gz", labels(0x801, 2, 0, 1));
        expectError(this::load, 0, null, "t10k-labels-idx1-ubyte.gz", "3 labels but 2 images in t10k-images.idx3-ubyte");
    }

    @Test
    void testLabelUnknownAndImageSizesDiffer() {
        tiny();
        put("t10k-labels-idx1-ubyte.gz", labels(0x801, 2, 7));
        expectError(this::load, 2, "label", "label 7 (item 2) does not occur in the training labels");
        tiny();
        put("t10k-images.idx3-ubyte", images(0x803, 2, 3, 2, 12));
        expectError(this::load, 0, null, "images are 3 x 2, training images are 2 x 3");
    }

    @Test
    void missingFileAndBadGzip() throws IOException {
        tiny();
        Files.delete(dir.resolve("train-labels-idx1-ubyte"));
        expectError(this::load, 0, null, "no train-labels-idx1-ubyte (or train-labels-idx1-ubyte.gz)");
        tiny();
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), new byte[] {1, 2, 3});
        expectError(this::load, 0, null, "train-images-idx3-ubyte.gz", "not a valid gzip file");
    }

    @Test
    void specFieldsThatDoNotApplyToIdx() {
        tiny();
        assertThrows(IllegalArgumentException.class, () -> DataLoader.load(DataSpec.of(dir.toString()).withLabel("y")));
        assertThrows(IllegalArgumentException.class,
                () -> DataLoader.load(DataSpec.of(dir.toString()).withProtectedColumn("sex")));
    }

    @Test
    void realMnistTestImagesAndLabels() {
        assumeTrue(Files.isDirectory(MNIST), "shared MNIST not present");
        IdxReader.Images images = IdxReader.images("t10k-images",
                SourceFiles.readMaybeGzip(MNIST.resolve("t10k-images-idx3-ubyte.gz")));
        int[] labels = IdxReader.labels("t10k-labels", SourceFiles.readMaybeGzip(MNIST.resolve("t10k-labels-idx1-ubyte.gz")));
        assertEquals(10_000, images.count());
        assertEquals(28, images.rows());
        assertEquals(28, images.cols());
        int[] counts = new int[10];
        for (int y : labels) {
            counts[y]++;
        }
        // /work/shared/data/mnist/SOURCE.md: test label counts 0..9
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, counts);
    }

    @Test
    void realMnistDirectoryLoadsWithTheDocumentedHash() {
        assumeTrue(Files.isDirectory(MNIST), "shared MNIST not present");
        LoadedData data = DataLoader.load(DataSpec.of(MNIST.toString()));
        assertEquals(60_000, data.train().rows());
        assertEquals(10_000, data.test().rows());
        assertEquals(784, data.train().numFeatures());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), data.train().classNames());
        // cd /work/shared/data/mnist && for f in train-images-idx3-ubyte train-labels-idx1-ubyte \
        //   t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do gzip -dc $f.gz; done | sha256sum
        assertEquals("b2d8f5bf39174ee5ffeefa97e42d673c35432b411bb5d1f74fbbeddae7f1690a", data.source().sha256());
        double max = 0;
        double min = 1;
        for (double[] row : data.test().features()) {
            for (double v : row) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
    }
}
