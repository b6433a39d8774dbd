package org.veil.pate.lab;

import java.util.SplittableRandom;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.run.RunContext;

/** Scratch: trains on the data plus {@code copies} randomly shifted copies (28x28 images). */
final class Shifted<M extends Classifier> implements Trainer<M> {
    private final Trainer<M> inner;
    private final int copies;
    private final int maxShift;

    Shifted(Trainer<M> inner, int copies, int maxShift) {
        this.inner = inner;
        this.copies = copies;
        this.maxShift = maxShift;
    }

    @Override
    public TrainedModel<M> train(Dataset data, RunContext ctx) {
        SplittableRandom r = new SplittableRandom(ctx.seed() ^ 0x5eed);
        int n = data.rows();
        double[][] x = new double[n * (copies + 1)][];
        int[] y = new int[x.length];
        for (int i = 0; i < n; i++) {
            x[i] = data.features()[i];
            y[i] = data.labels()[i];
            for (int c = 1; c <= copies; c++) {
                int dx = r.nextInt(2 * maxShift + 1) - maxShift;
                int dy = r.nextInt(2 * maxShift + 1) - maxShift;
                x[c * n + i] = shift(data.features()[i], dx, dy);
                y[c * n + i] = data.labels()[i];
            }
        }
        Dataset aug = new Dataset(data.source(), data.split(), x, y, data.classNames(), data.schema(), null);
        return inner.train(aug, ctx);
    }

    static double[] shift(double[] img, int dx, int dy) {
        double[] out = new double[784];
        for (int yy = 0; yy < 28; yy++) {
            int sy = yy - dy;
            if (sy < 0 || sy >= 28) {
                continue;
            }
            for (int xx = 0; xx < 28; xx++) {
                int sx = xx - dx;
                if (sx >= 0 && sx < 28) {
                    out[yy * 28 + xx] = img[sy * 28 + sx];
                }
            }
        }
        return out;
    }
}
