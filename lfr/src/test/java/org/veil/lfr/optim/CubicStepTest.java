package org.veil.lfr.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CubicStepTest {

    @Test
    void exactOnACubic() {
        // φ(α) = α³ − 6α² + 9α has φ'(α) = 3(α − 1)(α − 3): local minimum at 3, from either side or order.
        assertEquals(3.0, minimizerOf(2, 4), 1e-12);
        assertEquals(3.0, minimizerOf(4, 2), 1e-12);
        assertEquals(3.0, minimizerOf(2.5, 10), 1e-12);
    }

    @Test
    void exactOnAQuadratic() {
        // φ(α) = (α − 1.5)²: the interpolating cubic is the quadratic itself.
        double m = CubicStep.minimizer(0, 2.25, -3, 4, 6.25, 5);
        assertEquals(1.5, m, 1e-12);
    }

    @Test
    void noMinimiserGivesNaN() {
        // φ(α) = −α³ − α decreases everywhere: no minimum, discriminant d1² − φ'(a)φ'(b) = −3 < 0.
        double m = CubicStep.minimizer(1, -2, -4, 2, -10, -13);
        assertTrue(Double.isNaN(m), "got " + m);
    }

    private static double minimizerOf(double a, double b) {
        return CubicStep.minimizer(a, phi(a), dphi(a), b, phi(b), dphi(b));
    }

    private static double phi(double a) {
        return a * a * a - 6 * a * a + 9 * a;
    }

    private static double dphi(double a) {
        return 3 * a * a - 12 * a + 9;
    }
}
