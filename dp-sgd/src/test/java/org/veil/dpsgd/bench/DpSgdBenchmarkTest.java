package org.veil.dpsgd.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.run.RunContext;
import org.veil.core.train.SyntheticData;
import org.veil.dpsgd.DpSgdOptions;
import org.veil.dpsgd.NoiseBudget;

class DpSgdBenchmarkTest {
    private static final Dataset TRAIN = SyntheticData.blobs(1500, 6, 3, List.of("a", "b"));
    private static final Dataset TEST = SyntheticData.blobs(500, 6, 4, List.of("a", "b"));

    @Test
    void timesEveryEpochOfBothRunsAndReportsTheTaskBudget() {
        BenchOptions options = BenchOptions.of(BenchTask.ADULT_MLP, null).withEpochs(3);
        RunContext ctx = RunContext.seeded(5).withNoise(NoiseSource.seeded(6));
        BenchResult r = new DpSgdBenchmark(options).run(TRAIN, TEST, ctx);
        assertEquals("adult-mlp", r.task());
        assertEquals(3, r.plainEpochSeconds().size());
        assertEquals(3, r.privateEpochSeconds().size());
        assertTrue(r.plainEpochSeconds().stream().allMatch(s -> s > 0) && r.privateEpochSeconds().stream()
                .allMatch(s -> s > 0), r.toString());
        assertEquals(EpochTimes.median(r.privateEpochSeconds().subList(1, 3)), r.privateSecondsPerEpoch(), 1e-12);
        assertEquals(r.privateSecondsPerEpoch() / r.plainSecondsPerEpoch(), r.ratio(), 1e-12);
        assertEquals(1500, r.trainRows());
        assertEquals(500, r.testRows());
        // σ was calibrated for 3 epochs at the task's ε = 1 and the run spent at most that.
        assertTrue(r.epsilon() <= 1.0 && r.epsilon() > 0.9, "epsilon " + r.epsilon());
        assertEquals(1e-5, r.delta(), 0.0);
        // Well-separated blobs: both networks learn them (chance is 0.5).
        assertTrue(r.plainTestAccuracy() > 0.9 && r.privateTestAccuracy() > 0.8, r.toString());
        assertTrue(r.threads() >= 1 && r.peakMemoryMiB() > 16, r.toString());
        assertTrue(r.noiseSecondsPerEpoch() > 0 && r.noiseSecondsPerEpoch() < r.privateSecondsPerEpoch() * 10,
                r.toString());
    }

    @Test
    void privateOptionsAreTheTasks() {
        DpSgdOptions o = new DpSgdBenchmark(BenchOptions.of(BenchTask.MNIST_CNN, java.nio.file.Path.of("m"))
                .withEpochs(7)).privateOptions();
        assertEquals(512, o.batchSize(), "the CNN task's batch");
        assertEquals(0.1, o.privacy().maxGradNorm(), 0.0);
        assertEquals(7, o.epochs());
        assertEquals(BenchTask.MNIST_CNN.network(), o.network());
        assertEquals(BenchTask.MNIST_CNN.optimizer(), o.optimizer());
        assertEquals(new NoiseBudget.TargetEpsilon(3.0), o.privacy().budget());
        assertEquals(1e-5, o.privacy().delta(), 0.0);
        assertEquals(BenchTask.MNIST_CNN.maxGradNorm(), o.privacy().maxGradNorm(), 0.0);
    }

    @Test
    void maxRowsTrainsOnASubsetOfThatSize() {
        BenchOptions options = BenchOptions.of(BenchTask.ADULT_MLP, null).withEpochs(2).withMaxRows(600);
        BenchResult r = new DpSgdBenchmark(options).run(TRAIN, TEST, RunContext.seeded(1)
                .withNoise(NoiseSource.seeded(2)));
        assertEquals(600, r.trainRows());
    }
}
