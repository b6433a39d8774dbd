package org.veil.cli.evaluate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.veil.evaluate.attack.LiraOptions;

/**
 * The attacks {@code veil evaluate mia --attack} offers, with the number of shadow/reference models each
 * trains by default and what each needs. Immutable.
 */
enum AttackKind {
    /** Loss threshold (Yeom et al. 2018): no models, no population. */
    THRESHOLD("threshold", 0, false),
    /** Shadow models on disjoint population data and attack models (Shokri et al. 2017). */
    SHADOW("shadow", 4, true),
    /** Online LiRA (Carlini et al. 2022): reference models over the candidates. */
    LIRA("lira", 16, false),
    /** Offline LiRA: the same reference models, only those without each candidate. */
    LIRA_OFFLINE("lira-offline", 16, false),
    /** RMIA (Zarifzadeh et al. 2024): reference models over the candidates and population samples. */
    RMIA("rmia", 16, true);

    private final String flag;
    private final int defaultModels;
    private final boolean needsPopulation;

    AttackKind(String flag, int defaultModels, boolean needsPopulation) {
        this.flag = flag;
        this.defaultModels = defaultModels;
        this.needsPopulation = needsPopulation;
    }

    /** The kind named {@code text} on the command line. */
    static AttackKind parse(String text) {
        for (AttackKind k : values()) {
            if (k.flag.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("--attack=" + text + ", allowed: " + Arrays.stream(values())
                .map(k -> k.flag).collect(Collectors.joining(", ")));
    }

    String flag() {
        return flag;
    }

    boolean needsPopulation() {
        return needsPopulation;
    }

    boolean needsModels() {
        return defaultModels > 0;
    }

    /** The number of models to train: {@code asked}, or this attack's default; checked before any training. */
    int models(Integer asked) {
        int k = asked == null ? defaultModels : asked;
        if (!needsModels()) {
            return 0;
        }
        if ((this == LIRA || this == LIRA_OFFLINE) && k < LiraOptions.MIN_MODELS) {
            throw new IllegalArgumentException("--shadow-models=" + k + ", allowed: >= " + LiraOptions.MIN_MODELS
                    + " for LiRA (every example needs at least 2 reference models trained with it and 2 without; 16 or "
                    + "more give a useful attack)");
        }
        if (this != SHADOW && (k < 2 || k % 2 != 0)) {
            throw new IllegalArgumentException("--shadow-models=" + k + ", allowed: even and >= 2 for " + flag
                    + " (every candidate is in exactly half of the reference models)");
        }
        if (k < 1) {
            throw new IllegalArgumentException("--shadow-models=" + k + ", allowed: >= 1");
        }
        return k;
    }
}
