package org.veil.federated.client;

import java.util.Locale;

/**
 * What a client does with its honest update before sending it. Everything but {@link #HONEST}
 * exists for drills: to check that a server rejects malformed updates and that robust aggregation
 * withstands poisoned ones (the seed threat "poison training data").
 */
public enum Behaviour {
    /** Send the real update. */
    HONEST,
    /** Send NaN values (a malformed update the server must reject). */
    GARBAGE,
    /** Send the update with one value too many (wrong shape). */
    WRONG_LENGTH,
    /** Send −10 × the update (sign flip and scaling; a model-poisoning attack). */
    FLIP_SCALE;

    /** Parses the CLI name ({@code honest}, {@code garbage}, {@code wrong-length}, {@code flip-scale}). */
    public static Behaviour parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--behaviour=" + name + ", allowed: honest, garbage, wrong-length, "
                    + "flip-scale", e);
        }
    }

    /** The values to send for the honest update {@code delta} (may be {@code delta} itself). */
    public float[] apply(float[] delta) {
        switch (this) {
            case GARBAGE -> {
                float[] g = delta.clone();
                java.util.Arrays.fill(g, Float.NaN);
                return g;
            }
            case WRONG_LENGTH -> {
                return java.util.Arrays.copyOf(delta, delta.length + 1);
            }
            case FLIP_SCALE -> {
                float[] f = new float[delta.length];
                for (int i = 0; i < f.length; i++) {
                    f[i] = -10f * delta[i];
                }
                return f;
            }
            default -> {
                return delta;
            }
        }
    }
}
