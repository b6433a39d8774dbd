package org.veil.pate.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jThreads;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.run.CancellationFlag;
import org.veil.core.run.Randomness;
import org.veil.core.run.RunContext;
import org.veil.core.train.SyntheticData;
import org.veil.core.tribuo.TribuoTrainer;
import org.veil.pate.aggregate.Votes;

class TeacherEnsembleTrainerTest {
    private static Dataset data;
    private static Partition partition;

    @BeforeAll
    static void data() {
        data = SyntheticData.blobs(800, 4, 1, List.of("neg", "pos"));
        partition = Partition.balanced(data.rows(), 8, new SplittableRandom(2));
    }

    @Test
    void trainsOneAccurateTeacherPerPartWithAnyTrainer() {
        List<String> progress = new CopyOnWriteArrayList<>();
        RunContext ctx = RunContext.seeded(3).withProgress((task, done, total) -> progress.add(task));
        TeacherEnsembleTrainer.Trained t = new TeacherEnsembleTrainer(new TribuoTrainer(), 2).train(data, partition, ctx);
        TeacherEnsemble e = t.ensemble();
        assertEquals(8, e.size());
        assertEquals(TribuoTrainer.METHOD, t.teacherMethod());
        for (int k = 0; k < 8; k++) {
            TeacherInfo info = e.info().get(k);
            assertEquals(k, info.part());
            assertEquals(100, info.rows());
            assertEquals(partition.partSha256(k), info.partSha256());
            assertTrue(info.trainAccuracy() > 0.95, "teacher " + k + ": " + info.trainAccuracy());
        }
        assertEquals("teacher 0/8", progress.get(0));
        assertTrue(progress.contains("teacher 8/8"), progress.toString());
        Votes v = e.votes(data.subset(new int[] {0, 1, 2}, "q").features());
        for (int i = 0; i < 3; i++) {
            assertEquals(8, java.util.Arrays.stream(v.row(i)).sum());
        }
    }

    @Test
    void teacherKIsSeededDeriveSeedKWhateverTheParallelism() {
        Map<Integer, Long> seeds = new ConcurrentHashMap<>();
        Trainer<Classifier> recording = (part, ctx) -> {
            seeds.put(Integer.parseInt(part.split().substring("teacher-".length())), ctx.seed());
            return asClassifier(new TribuoTrainer().train(part, ctx));
        };
        new TeacherEnsembleTrainer(recording, 3).train(data, partition, RunContext.seeded(42));
        for (int k = 0; k < 8; k++) {
            assertEquals(Randomness.derive(42, k), seeds.get(k));
        }
        TeacherEnsemble one = new TeacherEnsembleTrainer(new TribuoTrainer(), 1).train(data, partition,
                RunContext.seeded(5)).ensemble();
        TeacherEnsemble four = new TeacherEnsembleTrainer(new TribuoTrainer(), 4).train(data, partition,
                RunContext.seeded(5)).ensemble();
        double[][] x = data.features();
        for (int k = 0; k < 8; k++) {
            assertArrayEquals(one.teacher(k).predict(x), four.teacher(k).predict(x), "teacher " + k);
        }
    }

    private static TrainedModel<Classifier> asClassifier(TrainedModel<? extends Classifier> m) {
        return new TrainedModel<>(m.model(), m.record());
    }

    @Test
    void firstFailureIsReportedAndThreadCountRestored() {
        int before = Dl4jThreads.current();
        Trainer<Classifier> failing = (part, ctx) -> {
            if (part.split().equals("teacher-5")) {
                throw new IllegalStateException("teacher 5 diverged");
            }
            return asClassifier(new TribuoTrainer().train(part, ctx));
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TeacherEnsembleTrainer(failing, 2).train(data, partition, RunContext.seeded(1)));
        assertEquals("teacher 5 diverged", e.getMessage());
        assertEquals(before, Dl4jThreads.current());
    }

    @Test
    void cancellationStopsTheRun() {
        CancellationFlag flag = new CancellationFlag();
        flag.cancel();
        for (int parallelism : new int[] {1, 2}) {
            assertThrows(CancellationFlag.CancelledException.class, () -> new TeacherEnsembleTrainer(
                    new TribuoTrainer(), parallelism).train(data, partition, RunContext.seeded(1).withCancellation(flag)));
        }
    }

    @Test
    void refusesMismatchedDataAndBadParallelism() {
        assertThrows(IllegalArgumentException.class, () -> new TeacherEnsembleTrainer(new TribuoTrainer(), 0));
        Partition other = Partition.balanced(10, 2, new SplittableRandom(1));
        assertThrows(IllegalArgumentException.class,
                () -> new TeacherEnsembleTrainer(new TribuoTrainer(), 1).train(data, other, RunContext.seeded(1)));
    }
}
