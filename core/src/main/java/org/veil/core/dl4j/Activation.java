package org.veil.core.dl4j;

/**
 * Hidden-layer activation functions Veil offers, independent of any backend.
 *
 * <p>The weight initialisation follows the activation: He initialisation (He et al. 2015,
 * "Delving Deep into Rectifiers", section 2.2) for the rectifier family, Xavier/Glorot
 * initialisation (Glorot and Bengio 2010, section 4.2, eq. 16) for the saturating ones.
 */
public enum Activation {
    /** max(0, x) (Nair and Hinton 2010). */
    RELU(true),
    /** x for x &gt; 0, 0.01x otherwise (Maas et al. 2013). */
    LEAKY_RELU(true),
    /** x for x &gt; 0, e^x - 1 otherwise (Clevert et al. 2016). */
    ELU(true),
    /** tanh(x). */
    TANH(false),
    /** 1 / (1 + e^-x). */
    SIGMOID(false);

    private final boolean rectifier;

    Activation(boolean rectifier) {
        this.rectifier = rectifier;
    }

    /** Whether He rather than Xavier initialisation suits this activation. */
    public boolean rectifier() {
        return rectifier;
    }
}
