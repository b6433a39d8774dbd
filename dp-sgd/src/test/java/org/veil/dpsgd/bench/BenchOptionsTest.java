package org.veil.dpsgd.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
    private static final Path MNIST = Path.of("mnist");

    @Test
    void defaultsComeFromTheTask() {
        BenchOptions o = BenchOptions.of(BenchTask.MNIST_CNN, MNIST);
        assertEquals(BenchTask.MNIST_CNN.defaultEpochs(), o.epochs());
        assertEquals(0, o.threads());
        assertEquals(0, o.maxRows());
    }

    @Test
    void rejectsValuesOutsideTheirRangesWithTheNameAndTheRange() {
        BenchOptions o = BenchOptions.of(BenchTask.ADULT_MLP, null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> o.withEpochs(1)).getMessage()
                .startsWith("epochs=1, allowed: [2, 1000]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> o.withThreads(-1)).getMessage()
                .startsWith("threads=-1, allowed:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> o.withMaxRows(100)).getMessage()
                .startsWith("maxRows=100, allowed: 0 (all) or >= 512"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.of(BenchTask.ADULT_MLP, MNIST))
                .getMessage().contains("allowed: none for adult-mlp"));
        assertThrows(NullPointerException.class, () -> BenchOptions.of(BenchTask.MNIST_MLP, null));
    }

    @Test
    void tasksParseByTheirCommandLineNames() {
        for (BenchTask t : BenchTask.values()) {
            assertEquals(t, BenchTask.parse(t.cliName().toUpperCase(java.util.Locale.ROOT)));
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchTask.parse("cifar")).getMessage()
                .equals("task=cifar, allowed: adult-mlp, mnist-mlp, mnist-cnn"));
        assertEquals("adult", BenchTask.ADULT_MLP.dataSpec(null).data());
        assertEquals(MNIST.toString(), BenchTask.MNIST_CNN.dataSpec(MNIST).data());
    }
}
