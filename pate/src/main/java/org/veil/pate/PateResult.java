package org.veil.pate;

import java.util.Objects;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.pate.aggregate.Aggregation;
import org.veil.pate.teacher.CrossPartDuplicates;
import org.veil.pate.teacher.Partition;
import org.veil.pate.teacher.TeacherEnsembleTrainer;

/**
 * Everything a PATE run produced. Only {@link #student()} (with its record) is meant to be
 * published; the teachers, the partition and the votes inside the aggregation are private.
 *
 * @param student      the student and its training record (method {@code pate})
 * @param partition    how the private rows were split among the teachers
 * @param duplicates   record contents that the partition put in several parts
 * @param teachers     the teacher ensemble and how it was trained
 * @param aggregation  every query's votes and outcome, in the order asked
 * @param queryRows    the public row of each query, in the order asked
 * @param pseudoLabels public rows the final student was also trained on with its own labels
 * @param privacy      the ledger and guarantee in the student's record
 */
public record PateResult(
        TrainedModel<Classifier> student,
        Partition partition,
        CrossPartDuplicates duplicates,
        TeacherEnsembleTrainer.Trained teachers,
        Aggregation aggregation,
        int[] queryRows,
        int pseudoLabels,
        PateAccounting.Result privacy) {

    public PateResult {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(teachers, "teachers");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(privacy, "privacy");
        queryRows = queryRows.clone();
    }

    @Override
    public int[] queryRows() {
        return queryRows.clone();
    }
}
