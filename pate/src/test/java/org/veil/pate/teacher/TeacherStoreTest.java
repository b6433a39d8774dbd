package org.veil.pate.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.error.DataFormatException;
import org.veil.core.run.RunContext;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.train.SyntheticData;
import org.veil.core.tribuo.TribuoTrainer;
import org.veil.pate.aggregate.Votes;

class TeacherStoreTest {

    private static void assertSameVotes(TeacherEnsemble a, TeacherEnsemble b, double[][] x) {
        Votes va = a.votes(x);
        Votes vb = b.votes(x);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(va.row(i), vb.row(i));
        }
    }

    @Test
    void savedTeachersLoadBackWithTheirInfoAndVotes(@TempDir Path dir) throws Exception {
        Dataset data = SyntheticData.blobs(300, 4, 1, List.of("neg", "pos"));
        Partition p = Partition.balanced(300, 3, new SplittableRandom(1));
        TeacherEnsembleTrainer.Trained tribuo = new TeacherEnsembleTrainer(new TribuoTrainer(), 1)
                .train(data, p, RunContext.seeded(1));
        TeacherStore.save(tribuo, dir.resolve("tribuo"));
        assertTrue(Files.isRegularFile(dir.resolve("tribuo/model-002.zip")));
        TeacherEnsembleTrainer.Trained back = TeacherStore.load(dir.resolve("tribuo"));
        assertEquals(tribuo.ensemble().info(), back.ensemble().info());
        assertEquals(tribuo.teacherMethod(), back.teacherMethod());
        assertEquals(tribuo.teacherOptions(), back.teacherOptions());
        assertSameVotes(tribuo.ensemble(), back.ensemble(), data.features());

        BaselineTrainer mlp = new BaselineTrainer(new BaselineOptions().withNetwork(MlpSpec.relu(8)).withEpochs(2));
        TeacherEnsembleTrainer.Trained dl4j = new TeacherEnsembleTrainer(mlp, 1).train(data, p, RunContext.seeded(2));
        TeacherStore.save(dl4j, dir.resolve("dl4j"));
        assertSameVotes(dl4j.ensemble(), TeacherStore.load(dir.resolve("dl4j")).ensemble(), data.features());
    }

    @Test
    void aDirectoryWithoutManifestIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("model-000.zip"), "not a model");
        DataFormatException e = assertThrows(DataFormatException.class, () -> TeacherStore.load(dir));
        assertTrue(e.getMessage().contains(TeacherStore.MANIFEST), e.getMessage());
    }

    @Test
    void unsavableTeachersAreRefused(@TempDir Path dir) {
        TeacherEnsemble e = TeacherEnsemble.of(List.of(new FixedClassifier(2, x -> 0)),
                List.of(new TeacherInfo(0, 1, "a", 1)));
        assertThrows(IllegalArgumentException.class,
                () -> TeacherStore.save(new TeacherEnsembleTrainer.Trained(e, "fixed", null), dir));
    }
}
