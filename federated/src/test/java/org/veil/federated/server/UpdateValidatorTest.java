package org.veil.federated.server;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UpdateValidatorTest {

    private final UpdateValidator v = new UpdateValidator(3, 10);

    @Test
    void acceptsAWellFormedUpdateAndNamesEachProblem() {
        assertNull(v.problem(new float[] {1, 2, 3}, 5));
        assertTrue(v.problem(new float[] {1, 2}, 5).contains("2 values, expected 3"));
        assertTrue(v.problem(new float[] {1, Float.NaN, 3}, 5).contains("value 1 is NaN"));
        assertTrue(v.problem(new float[] {1, Float.POSITIVE_INFINITY, 3}, 5).contains("not finite"));
        assertTrue(v.problem(new float[] {10, 1, 0}, 5).contains("exceeds the bound 10"));
        assertTrue(v.problem(new float[] {1, 2, 3}, 0).contains("weight=0"));
        assertTrue(v.problem(null, 1).contains("no update"));
    }
}
