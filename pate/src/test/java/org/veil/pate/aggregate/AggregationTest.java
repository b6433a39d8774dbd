package org.veil.pate.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.noise.NoiseSource;

class AggregationTest {
    // 4 queries, 10 teachers: two unanimous, two split
    private static final Votes VOTES = Votes.of(new int[][] {{10, 0, 0}, {0, 10, 0}, {4, 3, 3}, {5, 5, 0}});

    @Test
    void confidentRunCountsChecksAnswersAndLedgersWhatRan() {
        // T = 8 with a tiny sigma1: exactly the two unanimous queries pass
        Aggregation a = Aggregation.run(VOTES, new ConfidentGnMaxOptions(8, 1e-6, 1e-6), NoiseSource.seeded(1));
        assertEquals(4, a.queries());
        assertEquals(4, a.checks());
        assertEquals(2, a.teacherAnswers());
        assertEquals(0, a.studentAnswers());
        assertEquals(2, a.answered());
        assertArrayEquals(new int[] {0, 1, -1, -1}, a.labels());
        assertArrayEquals(new boolean[] {true, true, false, false}, a.passed());
        assertNull(a.baselines());
        assertEquals(List.of(new LedgerEntry(new NoisyThreshold(1e-6), 4), new LedgerEntry(new GnMax(1e-6), 2)),
                a.ledger().entries());
    }

    @Test
    void gnMaxAnswersEveryQuery() {
        Aggregation a = Aggregation.run(VOTES, new GnMaxOptions(1e-6), NoiseSource.seeded(2));
        assertEquals(0, a.checks());
        assertEquals(4, a.teacherAnswers());
        assertEquals(0, a.labels()[0]);
        assertTrue(a.labels()[3] == 0 || a.labels()[3] == 1, "a 5-5 tie goes to whichever noise favours");
        assertEquals(List.of(new LedgerEntry(new GnMax(1e-6), 4)), a.ledger().entries());
    }

    @Test
    void interactiveKeepsBaselinesAndCountsStudentLabelsAsFree() {
        double[][] p = {{0.98, 0.01, 0.01}, {0.98, 0.01, 0.01}, null, {0.2, 0.7, 0.1}};
        Aggregation a = Aggregation.run(VOTES, new InteractiveGnMaxOptions(5, 1e-6, 1e-6, 0.9), p,
                NoiseSource.seeded(3));
        // q0: 10 - 9.8 = 0.2 < 5, student confident -> student 0; q1: 10 - 0.1 >= 5 -> teachers 1;
        // q2: no student, max 4 < 5 -> none; q3: max(5 - 2, 5 - 7, 0 - 1) = 3 < 5, top p 0.7 <= 0.9 -> none
        assertEquals(List.of(QueryAnswer.student(0), QueryAnswer.teachers(1, true), QueryAnswer.none(),
                QueryAnswer.none()), a.answers());
        assertEquals(1, a.studentAnswers());
        assertEquals(2, a.answered());
        assertArrayEquals(new double[] {9.8, 0.1, 0.1}, a.baselines()[0], 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, a.baselines()[2], 0);
        assertEquals(List.of(new LedgerEntry(new NoisyThreshold(1e-6), 4), new LedgerEntry(new GnMax(1e-6), 1)),
                a.ledger().entries());
    }

    @Test
    void appendConcatenatesRoundsAndTheirLedgers() {
        ConfidentGnMaxOptions o = new ConfidentGnMaxOptions(8, 1e-6, 1e-6);
        Aggregation first = Aggregation.run(VOTES.first(2), o, NoiseSource.seeded(4));
        Aggregation second = Aggregation.run(VOTES.select(new int[] {2, 3}), o, NoiseSource.seeded(5));
        Aggregation both = first.append(second);
        assertEquals(4, both.queries());
        assertArrayEquals(VOTES.row(3), both.votes().row(3));
        assertArrayEquals(new int[] {0, 1, -1, -1}, both.labels());
        assertEquals(Aggregation.run(VOTES, o, NoiseSource.seeded(6)).ledger(), both.ledger());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> first.append(Aggregation.run(VOTES, new GnMaxOptions(1), NoiseSource.seeded(7))));
        assertTrue(e.getMessage().contains("differs"), e.getMessage());
    }

    @Test
    void sameSeedSameAnswers() {
        ConfidentGnMaxOptions o = new ConfidentGnMaxOptions(5, 3, 2);
        assertEquals(Aggregation.run(VOTES, o, NoiseSource.seeded(8)).answers(),
                Aggregation.run(VOTES, o, NoiseSource.seeded(8)).answers());
    }

    @Test
    void factoryBuildsEachAggregator() {
        assertTrue(Aggregator.of(new LnMaxOptions(1)) instanceof LnMaxAggregator);
        assertTrue(Aggregator.of(new GnMaxOptions(1)) instanceof GnMaxAggregator);
        assertTrue(Aggregator.of(new ConfidentGnMaxOptions(1, 1, 1)) instanceof ConfidentGnMaxAggregator);
        assertTrue(Aggregator.of(new InteractiveGnMaxOptions(1, 1, 1, 0.5)) instanceof InteractiveGnMaxAggregator);
        assertTrue(Aggregator.of(new InteractiveGnMaxOptions(1, 1, 1, 0.5)).usesStudent());
    }

    @Test
    void queryAnswerRefusesInconsistentFields() {
        assertThrows(IllegalArgumentException.class, () -> new QueryAnswer(-1, AnswerSource.TEACHERS, true, true));
        assertThrows(IllegalArgumentException.class, () -> new QueryAnswer(2, AnswerSource.NONE, true, false));
        assertThrows(IllegalArgumentException.class, () -> new QueryAnswer(2, AnswerSource.STUDENT, true, true));
    }
}
