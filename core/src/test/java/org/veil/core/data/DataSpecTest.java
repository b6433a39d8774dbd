package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSpecTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void defaults() {
        DataSpec s = DataSpec.of("adult");
        assertNull(s.label());
        assertNull(s.protectedColumn());
        assertTrue(s.protectedAsFeature());
        assertEquals(0.2, s.testFraction());
        assertEquals(MissingValues.DROP_ROWS, s.missing());
        assertEquals(10_000, s.syntheticRows());
        assertEquals(Set.of(), s.numericColumns());
    }

    @Test
    void validationMessagesNameFieldValueAndRange() {
        assertEquals("testFraction=1.0, allowed: (0, 1)", message(() -> DataSpec.of("a").withTestFraction(1.0)));
        assertEquals("testFraction=NaN, allowed: (0, 1)", message(() -> DataSpec.of("a").withTestFraction(Double.NaN)));
        assertEquals("syntheticRows=5, allowed: [100, 5000000]", message(() -> DataSpec.of("a").withSyntheticRows(5)));
        assertTrue(message(() -> DataSpec.of(" ")).startsWith("data=' ', allowed: adult, credit"));
        assertTrue(message(() -> DataSpec.of("a").withLabel("")).startsWith("label='', allowed"));
    }

    @Test
    void inconsistentColumnChoices() {
        assertEquals("protectedColumn=y is the label", message(() -> DataSpec.of("a").withLabel("y")
                .withProtectedColumn("y")));
        assertTrue(message(() -> DataSpec.of("a").withNumericColumns(Set.of("x")).withCategoricalColumns(Set.of("x")))
                .contains("'x' is in both numericColumns and categoricalColumns"));
        assertTrue(message(() -> DataSpec.of("a").withLabel("y").withIgnoredColumns(Set.of("y")))
                .contains("ignoredColumns contains the label"));
    }

    @Test
    void protectedColumnResolution() {
        assertEquals("sex", DataSpec.of("a").protectedColumnOr("sex"));
        assertNull(DataSpec.of("a").withProtectedColumn(DataSpec.NONE).protectedColumnOr("sex"));
        assertEquals("race", DataSpec.of("a").withProtectedColumn("race").protectedColumnOr("sex"));
    }

    @Test
    void columnSetsAreCopiedAndSorted() {
        java.util.Set<String> names = new java.util.HashSet<>(List.of("b", "a"));
        DataSpec s = DataSpec.of("a").withIgnoredColumns(names);
        names.add("c");
        assertEquals(List.of("a", "b"), List.copyOf(s.ignoredColumns()));
    }
}
