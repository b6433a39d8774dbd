package org.veil.lfr.fit;

import java.util.List;
import org.veil.lfr.model.LossTerms;
import org.veil.lfr.model.PredictionStats;
import org.veil.lfr.model.ParameterLayout;

/**
 * The result of {@link LfrFitter#fit}: the kept parameters and how every restart converged.
 *
 * @param theta      the unconstrained parameters of the best restart
 * @param layout     how to read {@code theta}
 * @param restarts   every restart, in order
 * @param best       index of the kept restart
 * @param training   the loss terms on the fitting rows at {@code theta}
 * @param validation the loss terms on the held-out rows (null without validation)
 * @param selected   with a parity target: the kept parameters' validation accuracy and parity (else null)
 * @param selectedIteration with a parity target: the iteration of the kept parameters (else -1)
 */
public record LfrFit(double[] theta, ParameterLayout layout, List<RestartResult> restarts, int best,
        LossTerms training, LossTerms validation, PredictionStats selected, int selectedIteration) {

    public LfrFit {
        restarts = List.copyOf(restarts);
    }
}
