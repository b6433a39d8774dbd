package org.veil.pate.aggregate;

import java.util.Objects;

/**
 * The outcome of one query.
 *
 * @param label   the class given, or -1 when none
 * @param source  who gave it ({@link AnswerSource#NONE} exactly when {@code label} is -1)
 * @param checked whether a noisy threshold check ran (Confident- and Interactive-GNMax)
 * @param passed  whether the teachers were asked for the answer: the check passed, or no check ran
 */
public record QueryAnswer(int label, AnswerSource source, boolean checked, boolean passed) {

    public QueryAnswer {
        Objects.requireNonNull(source, "source");
        if ((label < 0) != (source == AnswerSource.NONE) || label < -1) {
            throw new IllegalArgumentException("label=" + label + " with source=" + source
                    + ", allowed: label >= 0 with TEACHERS or STUDENT, -1 with NONE");
        }
        if (passed != (source == AnswerSource.TEACHERS)) {
            throw new IllegalArgumentException("passed=" + passed + " with source=" + source
                    + ", allowed: passed exactly when the teachers answered");
        }
    }

    /** The teachers answered {@code label}; {@code checked} says whether a check ran first. */
    public static QueryAnswer teachers(int label, boolean checked) {
        return new QueryAnswer(label, AnswerSource.TEACHERS, checked, true);
    }

    /** The check failed and the student's own prediction {@code label} is used. */
    public static QueryAnswer student(int label) {
        return new QueryAnswer(label, AnswerSource.STUDENT, true, false);
    }

    /** The check failed and no label is given. */
    public static QueryAnswer none() {
        return new QueryAnswer(-1, AnswerSource.NONE, true, false);
    }

    /** True when a label was given (by the teachers or the student). */
    public boolean hasLabel() {
        return label >= 0;
    }
}
