package org.veil.dpsgd.bench;

import org.veil.core.run.CancellationFlag;
import org.veil.core.run.ProgressListener;

/**
 * Interleaves the plain epochs with the private ones, round by round: it is the DP-SGD trainer's
 * progress listener, and at the end of each private epoch (every {@code stepsPerEpoch}-th step)
 * it stops the private epoch's clock, runs one plain epoch on the same thread and times it, then
 * restarts the private clock. The trainer's own end-of-epoch work (the ε of the epoch) is before
 * the callback and counts as private time; the plain epoch never does.
 *
 * <p>Not thread-safe: the trainer calls it from its one working thread. Randomness: none.
 */
final class Interleaver implements ProgressListener {
    private final int stepsPerEpoch;
    private final int epochs;
    private final PlainRun plain;
    private final ProgressListener outer;
    private final CancellationFlag cancellation;
    private final EpochTimes privateTimes = new EpochTimes();
    private final EpochTimes plainTimes = new EpochTimes();
    private long mark;

    Interleaver(int stepsPerEpoch, int epochs, PlainRun plain, ProgressListener outer, CancellationFlag cancellation) {
        this.stepsPerEpoch = stepsPerEpoch;
        this.epochs = epochs;
        this.plain = plain;
        this.outer = outer;
        this.cancellation = cancellation;
    }

    /** Starts the first private epoch's clock (call just before training starts). */
    void start() {
        mark = System.nanoTime();
    }

    @Override
    public void progress(String task, long done, long total) {
        int epoch = (int) ((done - 1) / stepsPerEpoch) + 1;
        outer.progress("private epoch " + epoch + "/" + epochs, done - (long) (epoch - 1) * stepsPerEpoch,
                stepsPerEpoch);
        if (done % stepsPerEpoch != 0) {
            return;
        }
        privateTimes.add(System.nanoTime() - mark);
        long start = System.nanoTime();
        plain.epoch("plain epoch " + epoch + "/" + epochs, outer, cancellation);
        plainTimes.add(System.nanoTime() - start);
        mark = System.nanoTime();
    }

    EpochTimes privateTimes() {
        return privateTimes;
    }

    EpochTimes plainTimes() {
        return plainTimes;
    }
}
