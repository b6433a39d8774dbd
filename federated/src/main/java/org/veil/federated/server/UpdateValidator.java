package org.veil.federated.server;

/**
 * Checks an update before it may touch the aggregate: length equal to the model's parameter count,
 * every value finite, L2 norm within the bound. Returns the reason for a rejection, or null.
 *
 * <p>Thread safety: immutable.
 *
 * @param numParameters expected length
 * @param maxNorm       largest accepted L2 norm
 */
public record UpdateValidator(int numParameters, double maxNorm) {

    /** Null when the update is acceptable, else a one-line reason. */
    public String problem(float[] delta, double weight) {
        if (delta == null) {
            return "no update values";
        }
        if (delta.length != numParameters) {
            return "update has " + delta.length + " values, expected " + numParameters;
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            return "weight=" + weight + ", allowed: finite and > 0";
        }
        double s = 0;
        for (int i = 0; i < delta.length; i++) {
            float v = delta[i];
            if (!Float.isFinite(v)) {
                return "update value " + i + " is " + v + " (not finite)";
            }
            s += (double) v * v;
        }
        double norm = Math.sqrt(s);
        if (norm > maxNorm) {
            return "update norm " + String.format("%.4g", norm) + " exceeds the bound " + maxNorm;
        }
        return null;
    }
}
