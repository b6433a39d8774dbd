package org.veil.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.error.DataFormatException;

class UniformClassifierTest {

    @Test
    void everyRowGetsOneOverMAndTheFirstClass() {
        UniformClassifier u = new UniformClassifier(2, List.of("a", "b", "c", "d"));
        double[][] p = u.predictProbabilities(new double[][] {{1, 2}, {3, 4}});
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, p[1], 0);
        assertArrayEquals(new int[] {0, 0}, u.predict(new double[][] {{1, 2}, {3, 4}}));
        assertEquals(4, u.numClasses());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> u.predictProbabilities(new double[][] {{1, 2, 3}}));
        assertEquals("row 0 has 3 features, the model 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UniformClassifier(2, List.of("only")));
    }

    @Test
    void savesAndLoadsThroughSavedModels(@TempDir Path dir) throws Exception {
        UniformClassifier u = new UniformClassifier(3, List.of("no", "yes"));
        Path file = dir.resolve("model.zip");
        u.save(file);
        SavableClassifier back = SavedModels.load(file);
        assertEquals(u, back);
        assertEquals(UniformClassifier.FORMAT, back.format());
        Files.write(dir.resolve("bad.zip"), new byte[] {1, 2, 3});
        assertTrue(assertThrows(DataFormatException.class, () -> UniformClassifier.load(dir.resolve("bad.zip")))
                .getMessage().contains("not a uniform model"));
    }
}
