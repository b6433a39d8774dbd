package org.veil.pate.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.model.Classifier;
import org.veil.core.run.CancellationFlag;
import org.veil.pate.aggregate.Votes;

class TeacherEnsembleTest {

    /** Teacher k predicts class (x[0] + k) mod 3: the votes are known exactly. */
    private static TeacherEnsemble shifted(int teachers) {
        List<Classifier> models = new ArrayList<>();
        List<TeacherInfo> info = new ArrayList<>();
        for (int k = 0; k < teachers; k++) {
            int shift = k;
            models.add(new FixedClassifier(3, x -> ((int) x[0] + shift) % 3));
            info.add(new TeacherInfo(k, 10, "0".repeat(64), k % 2 == 0 ? 0.5 : Double.NaN));
        }
        return TeacherEnsemble.of(models, info);
    }

    @Test
    void votesCountEachTeachersPredictionAndRowsSumToTheTeachers() {
        TeacherEnsemble e = shifted(7);
        Votes v = e.votes(new double[][] {{0}, {1}, {2}});
        // teachers 0..6 with shift k: for x = 0 classes k mod 3 -> 0,1,2,0,1,2,0 -> {3, 2, 2}
        assertArrayEquals(new int[] {3, 2, 2}, v.row(0));
        assertArrayEquals(new int[] {2, 3, 2}, v.row(1));
        assertArrayEquals(new int[] {2, 2, 3}, v.row(2));
        assertEquals(7, v.teachers());
    }

    @Test
    void parallelVotesEqualSequentialVotes() {
        TeacherEnsemble e = shifted(11);
        double[][] x = {{0}, {1}, {2}, {5}, {7}};
        Votes a = e.votes(x);
        Votes b = e.votes(x, 3, new CancellationFlag());
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(a.row(i), b.row(i));
        }
    }

    @Test
    void meanTrainAccuracySkipsUnknownValues() {
        assertEquals(0.5, shifted(5).meanTrainAccuracy(), 0);
    }

    @Test
    void mismatchedTeachersAreRefused() {
        List<Classifier> models = List.of(new FixedClassifier(3, x -> 0), new FixedClassifier(2, x -> 0));
        List<TeacherInfo> info = List.of(new TeacherInfo(0, 1, "a", 1), new TeacherInfo(1, 1, "b", 1));
        assertThrows(IllegalArgumentException.class, () -> TeacherEnsemble.of(models, info));
        assertThrows(IllegalArgumentException.class, () -> TeacherEnsemble.of(models.subList(0, 1), info));
        assertThrows(IllegalArgumentException.class, () -> shifted(2).votes(new double[0][]));
    }
}
