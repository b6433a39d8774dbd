package org.veil.core.privacy.analysis.pld;

/**
 * Where a step's loss grid {c + k h} is anchored: c is the privacy loss log(A/B) of an "anchor" cell (from, to]
 * (less a rounding allowance), which the optimistic discretisation then places exactly on a grid point; the other
 * cells grow away from it, each placed exactly too, so that only the outermost cell, in a tail of negligible mass,
 * is rounded. Where the loss is bounded (below by log(1-q) for REMOVE, above by -log(1-q) for ADD, q &lt; 1) the
 * anchor is the cell of losses within h of the bound (widened to the tail point when that holds no mass), and the
 * cells grow away from the bound; when the loss is unbounded both ways (q = 1) it is the cell of losses within
 * h/2 of the loss at the mean of A, and the cells grow both ways. Without the anchor a step whose losses crowd
 * within a few intervals of the bound (q not much larger than h) would lose a good part of h per step in the
 * optimistic bound. Grids with different anchors still compose by FFT: indices add, and the anchors add up to a
 * shift of the result.
 *
 * @param c    the grid offset: grid points are c + k h
 * @param from the anchor cell's lower end (may be -Infinity)
 * @param to   the anchor cell's upper end (may be +Infinity)
 */
record Anchor(double c, double from, double to) {

    /** The anchor of {@code pair} at interval h; {@code tail} is the A-mass negligible in a tail. */
    static Anchor of(SubsampledGaussianPair pair, double h, double tail) {
        double from;
        double to;
        if (Double.isFinite(pair.minLoss())) {
            from = Double.NEGATIVE_INFINITY;
            to = Math.max(pair.inverseLoss(pair.minLoss() + h), pair.lowerTailPoint(tail));
        } else if (Double.isFinite(pair.maxLoss())) {
            from = Math.min(pair.inverseLoss(pair.maxLoss() - h), pair.upperTailPoint(tail));
            to = Double.POSITIVE_INFINITY;
        } else {
            double m = pair.loss(pair.bulkPoint());
            from = pair.inverseLoss(m - h / 2);
            to = pair.inverseLoss(m + h / 2);
        }
        Cell cell = new Cell(pair);
        cell.set(from, to);
        double c = cell.loss();
        return new Anchor((Double.isFinite(c) ? c : pair.loss(pair.bulkPoint())) - OutputQuantisation.MARGIN, from,
                to);
    }
}
