package org.veil.core.run;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.SplittableRandom;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * Everything random or interactive a run needs: the seed and generator for sampling, shuffling
 * and initialisation, the noise source for privacy mechanisms, a progress listener and a
 * cancellation flag (DESIGN.md section 4.3: randomness is explicit).
 *
 * <p>Not thread-safe as a whole: {@link #random()} is one generator; parallel work takes
 * {@link #split()} children. The noise source defaults to the secure one even for seeded runs, so
 * a seed makes data order and initialisation reproducible without weakening the noise; pass
 * {@link NoiseSource#seeded(long)} explicitly for fully reproducible experiments.
 */
public final class RunContext {
    private final long seed;
    private final SplittableRandom random;
    private final NoiseSource noise;
    private final ProgressListener progress;
    private final CancellationFlag cancellation;

    private RunContext(long seed, NoiseSource noise, ProgressListener progress, CancellationFlag cancellation) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.noise = Objects.requireNonNull(noise, "noise");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
    }

    /** A context with this seed, secure noise, no progress output. */
    public static RunContext seeded(long seed) {
        return new RunContext(seed, NoiseSource.secure(), ProgressListener.NONE, new CancellationFlag());
    }

    /** A context with a fresh random seed (recorded, so the run can still be repeated). */
    public static RunContext unseeded() {
        return seeded(new SecureRandom().nextLong());
    }

    /**
     * What a command's {@code --seed} means: with a seed, a fully reproducible run (this seed for the
     * generator and a noise source seeded with it too); without one, {@link #unseeded()} with secure noise.
     */
    public static RunContext reproducibleOrSecure(Long seed) {
        return seed == null ? unseeded() : seeded(seed).withNoise(NoiseSource.seeded(seed));
    }

    public RunContext withNoise(NoiseSource newNoise) {
        return new RunContext(seed, newNoise, progress, cancellation);
    }

    public RunContext withProgress(ProgressListener newProgress) {
        return new RunContext(seed, noise, newProgress, cancellation);
    }

    public RunContext withCancellation(CancellationFlag newCancellation) {
        return new RunContext(seed, noise, progress, newCancellation);
    }

    /** The seed the generator started from (written to records). */
    public long seed() {
        return seed;
    }

    /** The run's generator for sampling, shuffling and initialisation. */
    public SplittableRandom random() {
        return random;
    }

    /** An independent child generator for parallel work, split off {@link #random()}. */
    public SplittableRandom split() {
        return random.split();
    }

    public NoiseSource noise() {
        return noise;
    }

    public ProgressListener progress() {
        return progress;
    }

    public CancellationFlag cancellation() {
        return cancellation;
    }
}
