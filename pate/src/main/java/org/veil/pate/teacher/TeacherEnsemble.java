package org.veil.pate.teacher;

import java.util.List;
import java.util.Objects;
import org.veil.core.model.Classifier;
import org.veil.core.run.CancellationFlag;
import org.veil.pate.aggregate.Votes;

/**
 * The teachers of a PATE run, one per part of the private data (Papernot et al. 2017, section 2.1),
 * and their votes: for each query row every teacher predicts its most probable class (lowest index
 * on ties) and the votes are counted per class.
 *
 * <p>The teachers and everything computed from them without noise (votes, predictions, accuracies)
 * are private: only noisy aggregates may leave the trust boundary. Thread safety: immutable; the
 * classifiers are used through {@link Classifier#predictProbabilities}, which Veil's classifiers
 * allow from several threads. Randomness: none.
 */
public final class TeacherEnsemble {
    private final List<Classifier> teachers;
    private final List<TeacherInfo> info;
    private final int numClasses;

    private TeacherEnsemble(List<Classifier> teachers, List<TeacherInfo> info) {
        this.teachers = teachers;
        this.info = info;
        this.numClasses = teachers.get(0).numClasses();
    }

    /**
     * An ensemble of {@code teachers} described by {@code info} (same order, same length; every
     * teacher with the same number of classes).
     */
    public static TeacherEnsemble of(List<? extends Classifier> teachers, List<TeacherInfo> info) {
        Objects.requireNonNull(teachers, "teachers");
        Objects.requireNonNull(info, "info");
        if (teachers.isEmpty()) {
            throw new IllegalArgumentException("teachers: 0, allowed: >= 1");
        }
        if (teachers.size() != info.size()) {
            throw new IllegalArgumentException(teachers.size() + " teachers but " + info.size() + " teacher infos");
        }
        int classes = teachers.get(0).numClasses();
        for (int k = 0; k < teachers.size(); k++) {
            if (teachers.get(k).numClasses() != classes) {
                throw new IllegalArgumentException("teacher " + k + " has " + teachers.get(k).numClasses()
                        + " classes, teacher 0 has " + classes);
            }
        }
        return new TeacherEnsemble(List.copyOf(teachers), List.copyOf(info));
    }

    /** Number of teachers. */
    public int size() {
        return teachers.size();
    }

    public int numClasses() {
        return numClasses;
    }

    /** Teacher {@code k}. */
    public Classifier teacher(int k) {
        return teachers.get(k);
    }

    /** All teachers, in part order (immutable). */
    public List<Classifier> teachers() {
        return teachers;
    }

    /** Per-teacher information, in part order (immutable). */
    public List<TeacherInfo> info() {
        return info;
    }

    /** Mean training accuracy over the teachers whose accuracy is known; NaN when none is. */
    public double meanTrainAccuracy() {
        double sum = 0;
        int known = 0;
        for (TeacherInfo t : info) {
            if (!Double.isNaN(t.trainAccuracy())) {
                sum += t.trainAccuracy();
                known++;
            }
        }
        return known == 0 ? Double.NaN : sum / known;
    }

    /** The vote histograms of the rows {@code x}, the teachers predicting one at a time. */
    public Votes votes(double[][] x) {
        return votes(x, 1, new CancellationFlag());
    }

    /**
     * The vote histograms of the rows {@code x}: row i of the result counts, per class, the
     * teachers whose most probable class for {@code x[i]} it is; every row sums to {@link #size()}.
     * Each teacher predicts the whole batch in one call; {@code parallelism} teachers predict at once.
     */
    public Votes votes(double[][] x, int parallelism, CancellationFlag cancellation) {
        Objects.requireNonNull(x, "x");
        if (x.length == 0) {
            throw new IllegalArgumentException("x has 0 rows, allowed: >= 1 query");
        }
        int[][] counts = new int[x.length][numClasses];
        TeacherWorkers workers = new TeacherWorkers(parallelism, cancellation);
        List<int[]> predictions = workers.run(teachers.size(), (k, flag) -> teachers.get(k).predict(x), done -> { });
        for (int[] p : predictions) {
            for (int i = 0; i < x.length; i++) {
                counts[i][p[i]]++;
            }
        }
        return Votes.of(counts);
    }
}
