package org.veil.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.run.RunContext;

class ShiftAugmentationTest {

    /** A 4x5 two-channel image whose value at (c, y, x) is 100c + 10y + x + 1 (never 0). */
    private static double[] image() {
        double[] v = new double[2 * 4 * 5];
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 5; x++) {
                    v[c * 20 + y * 5 + x] = 100 * c + 10 * y + x + 1;
                }
            }
        }
        return v;
    }

    @Test
    void shiftMovesEveryPixelAndFillsZeros() {
        ShiftAugmentation a = new ShiftAugmentation(4, 5, 2, 1, 2);
        double[] in = image();
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                double[] out = a.shift(in, dx, dy);
                for (int c = 0; c < 2; c++) {
                    for (int y = 0; y < 4; y++) {
                        for (int x = 0; x < 5; x++) {
                            int sy = y - dy;
                            int sx = x - dx;
                            double want = sy >= 0 && sy < 4 && sx >= 0 && sx < 5 ? in[c * 20 + sy * 5 + sx] : 0;
                            assertEquals(want, out[c * 20 + y * 5 + x], "dx=" + dx + " dy=" + dy);
                        }
                    }
                }
            }
        }
    }

    @Test
    void applyKeepsRowsAndAddsLabelledCopiesWithinTheShiftRange() {
        ShiftAugmentation a = new ShiftAugmentation(4, 5, 2, 3, 1);
        double[][] x = {image(), image()};
        Dataset data = SyntheticData.dataset("img", x, new int[] {0, 1}, List.of("a", "b"));
        Dataset out = a.apply(data, new SplittableRandom(5));
        assertEquals(8, out.rows());
        assertSame(x[0], out.features()[0]);
        assertSame(x[1], out.features()[1]);
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1, 0, 1}, out.labels());
        for (int r = 2; r < 8; r++) {
            boolean found = false;
            for (int dx = -1; dx <= 1 && !found; dx++) {
                for (int dy = -1; dy <= 1 && !found; dy++) {
                    found = java.util.Arrays.equals(a.shift(image(), dx, dy), out.features()[r]);
                }
            }
            assertTrue(found, "row " + r + " is not a shift within 1 px");
        }
        Dataset again = a.apply(data, new SplittableRandom(5));
        for (int r = 0; r < 8; r++) {
            assertArrayEquals(out.features()[r], again.features()[r]);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ShiftAugmentation(28, 28, 1, 65, 2))
                .getMessage().contains("copies=65, allowed: [0, 64]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ShiftAugmentation(28, 28, 1, 1, 28))
                .getMessage().contains("maxShift=28, allowed: [1, 27]"));
        Dataset wrong = SyntheticData.dataset("w", new double[][] {{1, 2, 3}}, new int[] {0}, List.of("a", "b"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ShiftAugmentation.grey28(1).apply(wrong, new SplittableRandom(1))).getMessage()
                .contains("data has 3 features, images of 28x28x1 need 784"));
    }

    @Test
    void trainerSeesTheCopiesAndTheRecordTheOriginalRows() {
        AtomicReference<Dataset> seen = new AtomicReference<>();
        Trainer<Dl4jClassifier> spy = (data, ctx) -> {
            seen.set(data);
            return new BaselineTrainer(new BaselineOptions().withEpochs(1)).train(data, ctx);
        };
        Dataset data = SyntheticData.dataset("img", new double[][] {image(), image(), image()}, new int[] {0, 1, 0},
                List.of("a", "b"));
        ShiftAugmentation a = new ShiftAugmentation(4, 5, 2, 2, 1);
        TrainedModel<Dl4jClassifier> t = AugmentedTrainer.of(spy, a).train(data, RunContext.seeded(3));
        assertEquals(9, seen.get().rows());
        assertEquals(3, t.record().data().trainRows());
        assertTrue(t.record().notes().get(t.record().notes().size() - 1)
                .startsWith("trained on 3 rows plus 2 shifted copies of each (shifts up to 1 px; 9 rows in all)"),
                t.record().notes().toString());
        assertSame(spy, AugmentedTrainer.of(spy, new ShiftAugmentation(4, 5, 2, 0, 1)));
    }
}
