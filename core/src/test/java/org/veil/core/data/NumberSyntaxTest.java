package org.veil.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumberSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "+2.5", "3.", ".5", "1e3", "1E-3", "-0.0", "007"})
    void decimals(String text) {
        assertTrue(NumberSyntax.isDecimal(text));
        assertTrue(Double.isFinite(NumberSyntax.finiteOrNaN(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-", "1e", "e3", "1d", "0x10", "1,5", "1 2", "Infinity", "NaN", "abc", "1.2.3"})
    void notDecimals(String text) {
        assertFalse(NumberSyntax.isDecimal(text));
        assertTrue(Double.isNaN(NumberSyntax.finiteOrNaN(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "inf", "-Inf", "+infinity", "INFINITY", "1e999", "-1e400"})
    void nonFinite(String text) {
        assertTrue(NumberSyntax.isNonFinite(text));
    }

    @Test
    void missingSpellings() {
        assertTrue(NumberSyntax.isMissing(""));
        assertTrue(NumberSyntax.isMissing("?"));
        assertFalse(NumberSyntax.isMissing("??"));
        assertFalse(NumberSyntax.isMissing("NA"));
    }

    @Test
    void orderIsNumericOnlyWhenEveryValueIsANumber() {
        assertEquals(List.of("0", "1", "2", "10"), ValueOrder.sorted(Set.of("10", "2", "1", "0")));
        assertEquals(List.of("-1.5", "1", "1.0"), ValueOrder.sorted(Set.of("1.0", "1", "-1.5")));
        assertEquals(List.of("10", "2", "x"), ValueOrder.sorted(Set.of("x", "2", "10")));
        assertEquals(List.of("<=50K", ">50K"), ValueOrder.sorted(Set.of(">50K", "<=50K")));
        assertEquals(List.of("?", "Boston", "boston"), ValueOrder.sorted(Set.of("boston", "Boston", "?")));
    }
}
