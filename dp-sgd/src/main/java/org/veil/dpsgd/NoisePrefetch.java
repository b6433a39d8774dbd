package org.veil.dpsgd;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.privacy.noise.PresampledNoise;

/**
 * Draws step t+1's Gaussian noise on a background thread while step t's gradients are computed:
 * the noise does not depend on the data, and exact secure sampling of one value per parameter costs
 * about as much as the gradients themselves for a wide network (docs/noise.md, "Throughput").
 * Step t's noise always comes from {@code source.stream(t)}, whichever thread draws it, so seeded
 * runs stay reproducible. Noise drawn for a step that never runs is discarded, never released.
 *
 * <p>Not thread-safe: one training loop owns it. Close it to stop the thread.
 */
final class NoisePrefetch implements AutoCloseable {
    private final NoiseSource source;
    private final int length;
    private final double standardDeviation;
    private final long endStep;
    private final ExecutorService executor;
    private Future<PresampledNoise> next;
    private long nextStep = -1;

    NoisePrefetch(NoiseSource source, int length, double standardDeviation, long endStep) {
        this.source = source;
        this.length = length;
        this.standardDeviation = standardDeviation;
        this.endStep = endStep;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "veil-noise-prefetch");
            t.setDaemon(true);
            return t;
        });
    }

    /** The noise of step {@code step}; starts drawing the next step's. */
    PresampledNoise take(long step) {
        if (next == null || nextStep != step) {
            cancelPending();
            next = submit(step);
            nextStep = step;
        }
        PresampledNoise noise = await(next);
        next = null;
        if (step + 1 < endStep) {
            next = submit(step + 1);
            nextStep = step + 1;
        }
        return noise;
    }

    private Future<PresampledNoise> submit(long step) {
        return executor.submit(() -> source.stream(step).presampleGaussian(length, standardDeviation));
    }

    private static PresampledNoise await(Future<PresampledNoise> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing noise", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("noise sampling failed: " + c, c);
        }
    }

    private void cancelPending() {
        if (next != null) {
            next.cancel(true);
            next = null;
        }
    }

    @Override
    public void close() {
        cancelPending();
        executor.shutdownNow();
    }
}
