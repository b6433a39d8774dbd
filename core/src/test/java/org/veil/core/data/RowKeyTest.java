package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RowKeyTest {

    @Test
    void rowsAreEqualByFeatureValueAndLabel() {
        RowKey a = new RowKey(new double[] {0.0, 1.5}, 1);
        RowKey negativeZero = new RowKey(new double[] {-0.0, 1.5}, 1);
        assertEquals(a, negativeZero);
        assertEquals(a.hashCode(), negativeZero.hashCode());
        assertNotEquals(a, new RowKey(new double[] {0.0, 1.5}, 0), "another label");
        assertNotEquals(a, new RowKey(new double[] {0.0, 1.5, 2}, 1), "another width");
        assertNotEquals(a, new RowKey(new double[] {0.0, 1.25}, 1), "another value");
    }
}
