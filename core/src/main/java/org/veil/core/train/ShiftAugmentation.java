package org.veil.core.train;

import java.util.random.RandomGenerator;
import org.veil.core.data.Dataset;

/**
 * Image data augmentation by random translation (Simard et al. 2003, "Best practices for
 * convolutional neural networks applied to visual document analysis", section 2: small shifts are
 * the simplest distortion that helps on MNIST). Each training row is kept and joined by
 * {@code copies} copies, each shifted by an independent uniform offset in
 * {@code [-maxShift, maxShift]} pixels along both axes, with zeros shifted in.
 *
 * <p>Rows are images of {@code height × width × channels} values in channel-major order
 * ({@code c, y, x}), as {@link org.veil.core.dl4j.CnnSpec} reads them.
 *
 * <p><b>Not for per-example differential privacy</b>: the copies of one record are separate rows,
 * so a DP-SGD step would clip them separately and one person would move the sum by more than the
 * clip norm. It is meant for non-private trainers (baselines, PATE teachers, which each see only
 * their own partition, and PATE students, which train on public rows).
 *
 * @param height   image height in pixels, &gt;= 1
 * @param width    image width in pixels, &gt;= 1
 * @param channels channels per pixel, &gt;= 1
 * @param copies   shifted copies added per row, in [0, 64]; 0 leaves the data unchanged
 * @param maxShift largest shift in pixels along each axis, in [1, min(height, width) - 1]
 */
public record ShiftAugmentation(int height, int width, int channels, int copies, int maxShift) {
    /** The most copies per row. */
    public static final int MAX_COPIES = 64;

    public ShiftAugmentation {
        if (height < 1 || width < 1 || channels < 1) {
            throw new IllegalArgumentException("image " + height + "x" + width + "x" + channels
                    + ", allowed: every side >= 1");
        }
        if (copies < 0 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies=" + copies + ", allowed: [0, " + MAX_COPIES + "]");
        }
        int most = Math.min(height, width) - 1;
        if (maxShift < 1 || maxShift > most) {
            throw new IllegalArgumentException("maxShift=" + maxShift + ", allowed: [1, " + most + "]");
        }
    }

    /** Grey 28×28 images (MNIST, Fashion-MNIST) with {@code copies} copies shifted by up to 2 pixels. */
    public static ShiftAugmentation grey28(int copies) {
        return new ShiftAugmentation(28, 28, 1, copies, 2);
    }

    /** Values per row. */
    public int rowWidth() {
        return height * width * channels;
    }

    /**
     * The rows of {@code data} followed by {@code copies} blocks of shifted copies (block k holds
     * copy k of every row, in row order), with the same labels. Shares the original row arrays.
     */
    public Dataset apply(Dataset data, RandomGenerator random) {
        if (data.numFeatures() != rowWidth()) {
            throw new IllegalArgumentException("data has " + data.numFeatures() + " features, images of " + height
                    + "x" + width + "x" + channels + " need " + rowWidth());
        }
        int n = data.rows();
        double[][] x = new double[Math.multiplyExact(n, copies + 1)][];
        int[] y = new int[x.length];
        for (int i = 0; i < n; i++) {
            x[i] = data.features()[i];
            y[i] = data.labels()[i];
        }
        for (int c = 1; c <= copies; c++) {
            for (int i = 0; i < n; i++) {
                int dx = random.nextInt(2 * maxShift + 1) - maxShift;
                int dy = random.nextInt(2 * maxShift + 1) - maxShift;
                x[c * n + i] = shift(data.features()[i], dx, dy);
                y[c * n + i] = data.labels()[i];
            }
        }
        return new Dataset(data.source(), data.split(), x, y, data.classNames(), data.schema(), null);
    }

    /** {@code image} moved {@code dx} pixels right and {@code dy} down, zeros shifted in. */
    double[] shift(double[] image, int dx, int dy) {
        double[] out = new double[image.length];
        for (int c = 0; c < channels; c++) {
            int plane = c * height * width;
            for (int yy = Math.max(0, dy); yy < Math.min(height, height + dy); yy++) {
                int from = plane + (yy - dy) * width;
                int to = plane + yy * width;
                int x0 = Math.max(0, dx);
                int x1 = Math.min(width, width + dx);
                System.arraycopy(image, from + x0 - dx, out, to + x0, x1 - x0);
            }
        }
        return out;
    }
}
