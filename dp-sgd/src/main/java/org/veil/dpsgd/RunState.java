package org.veil.dpsgd;

import java.util.ArrayList;
import java.util.List;
import org.veil.core.privacy.PrivacyLedger;

/**
 * The mutable progress of one DP-SGD run: steps done, the ledger and per-epoch summaries. Owned by
 * one training thread.
 */
final class RunState {
    long stepsDone;
    final PrivacyLedger ledger;
    final List<EpochSummary> epochs;
    long epochExamples;
    long epochClipped;
    double epochLoss;
    long epochSteps;

    RunState(long stepsDone, PrivacyLedger ledger, List<EpochSummary> epochs) {
        this.stepsDone = stepsDone;
        this.ledger = ledger;
        this.epochs = new ArrayList<>(epochs);
    }

    void resetEpoch() {
        epochExamples = 0;
        epochClipped = 0;
        epochLoss = 0;
        epochSteps = 0;
    }
}
