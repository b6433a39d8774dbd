package org.veil.pate.teacher;

import java.util.Objects;

/**
 * What is known about one teacher: which part of the private data it was trained on and how well
 * it fits that part.
 *
 * @param part          index of the teacher's part in the {@link Partition} (and of the teacher)
 * @param rows          rows in that part
 * @param partSha256    SHA-256 of the part's sorted row indices ({@link Partition#partSha256})
 * @param trainAccuracy accuracy on its own part, in [0, 1], or NaN when unknown; a non-private
 *                      diagnostic (it is computed from private data without noise)
 */
public record TeacherInfo(int part, int rows, String partSha256, double trainAccuracy) {

    public TeacherInfo {
        Objects.requireNonNull(partSha256, "partSha256");
        if (part < 0) {
            throw new IllegalArgumentException("part=" + part + ", allowed: >= 0");
        }
        if (rows < 1) {
            throw new IllegalArgumentException("rows=" + rows + ", allowed: >= 1");
        }
        if (!Double.isNaN(trainAccuracy) && !(trainAccuracy >= 0 && trainAccuracy <= 1)) {
            throw new IllegalArgumentException("trainAccuracy=" + trainAccuracy + ", allowed: [0, 1] or NaN");
        }
    }
}
