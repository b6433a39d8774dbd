package org.veil.lfr.model;

/**
 * Per-row values of the forward pass that the backward pass reuses: distances, memberships, the
 * reconstruction residual and the label prediction. One instance per objective; rows are written by
 * exactly one worker, so no synchronisation is needed. Not thread-safe across evaluations.
 */
final class RowState {
    final double[][] distance;
    final double[][] membership;
    final double[][] residual;
    final double[] yHat;
    final boolean[] clipped;

    RowState(int rows, int prototypes, int features) {
        distance = new double[rows][prototypes];
        membership = new double[rows][prototypes];
        residual = new double[rows][features];
        yHat = new double[rows];
        clipped = new boolean[rows];
    }
}
