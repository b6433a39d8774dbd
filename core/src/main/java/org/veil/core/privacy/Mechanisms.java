package org.veil.core.privacy;

/** Parameter checks shared by the mechanism records. Stateless. */
final class Mechanisms {

    private Mechanisms() {
    }

    static void checkPositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + "=" + value + ", allowed: > 0 and finite");
        }
    }
}
