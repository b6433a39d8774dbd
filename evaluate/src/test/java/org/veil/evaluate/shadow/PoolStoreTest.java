package org.veil.evaluate.shadow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.Dataset;
import org.veil.core.error.DataFormatException;
import org.veil.core.run.CancellationFlag;
import org.veil.core.train.SyntheticData;
import org.veil.core.tribuo.TribuoTrainer;

class PoolStoreTest {
    private static final Dataset DATA = SyntheticData.blobs(120, 3, 7, List.of("a", "b"));

    @Test
    void aSavedPoolLoadsWithTheSameDesignAndPredictions(@TempDir Path dir) throws Exception {
        List<String> tasks = new ArrayList<>();
        ModelPool pool = PoolTrainer.reference(new TribuoTrainer(), DATA, new PoolOptions(4, 2, 9),
                (task, done, total) -> tasks.add(task + " " + done + "/" + total), new CancellationFlag());
        assertEquals(4, pool.size());
        assertTrue(tasks.contains("training 4 reference models 4/4"), tasks.toString());
        assertEquals(TribuoTrainer.METHOD, pool.info().method());
        PoolStore.save(pool, dir);
        ModelPool back = PoolStore.load(dir, DATA);
        assertArrayEquals(pool.design().inRows()[2], back.design().inRows()[2]);
        assertEquals(9, back.info().seed());
        double[][][] a = pool.probabilities();
        double[][][] b = back.probabilities();
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < DATA.rows(); i++) {
                assertArrayEquals(a[k][i], b[k][i], 1e-12);
            }
        }
        ModelPool again = PoolTrainer.reference(new TribuoTrainer(), DATA, new PoolOptions(4, 1, 9),
                (t, d, n) -> { }, new CancellationFlag());
        assertArrayEquals(a[1][5], again.probabilities()[1][5], 1e-12, "same seed, same models, any parallelism");
    }

    @Test
    void refusesOtherRowsAndIncompleteDirectories(@TempDir Path dir) throws Exception {
        ModelPool pool = PoolTrainer.reference(new TribuoTrainer(), DATA, new PoolOptions(2, 1, 1),
                (t, d, n) -> { }, new CancellationFlag());
        PoolStore.save(pool, dir);
        Dataset other = SyntheticData.blobs(120, 3, 8, List.of("a", "b"));
        String msg = assertThrows(IllegalArgumentException.class, () -> PoolStore.load(dir, other)).getMessage();
        assertTrue(msg.contains("trained on other rows"), msg);
        Files.delete(dir.resolve(PoolStore.MANIFEST));
        assertThrows(DataFormatException.class, () -> PoolStore.load(dir, DATA));
    }
}
