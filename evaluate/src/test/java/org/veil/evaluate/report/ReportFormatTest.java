package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void formatsNumbersForPeople() {
        assertEquals("1", ReportFormat.number(1));
        assertEquals("0.5", ReportFormat.number(0.5));
        assertEquals("2.25", ReportFormat.number(2.25));
        assertEquals("0", ReportFormat.number(0));
        assertEquals("1e-5", ReportFormat.number(1e-5));
        assertEquals("2.5e-6", ReportFormat.number(2.5e-6));
        assertEquals("∞", ReportFormat.number(Double.POSITIVE_INFINITY));
        assertEquals("—", ReportFormat.number(Double.NaN));
        assertEquals("12.3%", ReportFormat.percent(0.1234));
        assertEquals("1.2", ReportFormat.points(0.012));
        assertEquals("∞", ReportFormat.epsilon(Double.POSITIVE_INFINITY));
        assertEquals("1.27", ReportFormat.epsilon(1.2749));
        assertEquals("0.654", ReportFormat.fixed3(0.6541));
    }
}
