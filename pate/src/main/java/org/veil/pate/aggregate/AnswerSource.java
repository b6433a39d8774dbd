package org.veil.pate.aggregate;

/** Where a query's label came from. */
public enum AnswerSource {
    /** The teachers' noisy plurality (LNMax or GNMax): this answer costs privacy. */
    TEACHERS,
    /** The student's own prediction (Interactive-GNMax, 2018 Algorithm 2): free, it touches no private data. */
    STUDENT,
    /** No label: the noisy check failed (and, for Interactive-GNMax, the student was not confident). */
    NONE
}
