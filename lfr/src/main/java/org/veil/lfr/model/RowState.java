package org.veil.lfr.model;

/**
 * Per-row values of the forward pass that the backward pass reuses: distances, memberships, the dot
 * products u_nk = x_n·v_k and the label predictions. One instance per objective; each row is written by
 * exactly one worker, so no synchronisation is needed. Not thread-safe across evaluations.
 */
final class RowState {
    final double[][] distance;
    final double[][] membership;
    final double[][] dots;
    final double[] yHat;
    final boolean[] clipped;

    RowState(int rows, int prototypes) {
        distance = new double[rows][prototypes];
        membership = new double[rows][prototypes];
        dots = new double[rows][prototypes];
        yHat = new double[rows];
        clipped = new boolean[rows];
    }
}
