package org.veil.dpsgd;

import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.pld.PldAccountant;
import org.veil.core.privacy.rdp.RdpAccountant;

/**
 * Which accountant calibrates σ and gives the record's headline ε. Both are always computed and
 * reported; this chooses the primary one. RDP (Mironov 2017; Mironov, Talwar and Zhang 2019) is
 * fast and the usual choice; PLD (Koskela et al. 2020; Doroshenko et al. 2022) is tighter and
 * slower.
 */
public enum AccountantKind {
    RDP,
    PLD;

    /** A new accountant with default options. */
    public PrivacyAccountant create() {
        return this == RDP ? new RdpAccountant() : new PldAccountant();
    }
}
