package org.veil.evaluate.audit;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.veil.core.data.Dataset;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.run.RunContext;
import org.veil.evaluate.attack.LossThresholdAttack;

/**
 * The one-run privacy audit (Steinke, Nasr and Jagielski 2023, "Privacy Auditing with One (1)
 * Training Run", NeurIPS 2023), black-box form: m canaries from the pool, each included in training
 * independently with probability ½; train <em>once</em> on the non-canary rows plus the included
 * canaries; score every canary by the loss-threshold score ln p(canary label | x) (Yeom et al. 2018);
 * guess "included" for the k+ highest and "excluded" for the k− lowest; turn the number of correct
 * guesses into an ε lower bound with {@link OneRunBound} (Theorem 3.1 with δ). The alarm is raised
 * when that lower bound exceeds the ε the trained model's record claims.
 *
 * <pre>{@code
 * AuditResult r = OneRunAudit.run(DpSgdTrainer.withTargetEpsilon(1.0, 1e-5).epochs(20), pool,
 *         new AuditOptions(), RunContext.seeded(7));
 * if (r.alarm()) { ... the record's epsilon is refuted at 95% confidence ... }
 * }</pre>
 *
 * <p>Its main use is auditing a {@link org.veil.dpsgd.DpSgdTrainer} run, but any {@link Trainer}
 * whose record states ε and δ can be audited; a non-private record claims ε = ∞ and never alarms.
 *
 * <p>Randomness: the design's coins come from a {@link SecureRandom} unless
 * {@link AuditOptions#seed()} is set (then from a {@link SplittableRandom} of that seed; keep it
 * different from the training context's seed). Training uses {@code ctx} as given. Thread safety:
 * stateless; concurrent audits need their own contexts.
 */
public final class OneRunAudit {

    private OneRunAudit() {
    }

    /** Draws a design from the options' coins, then audits it ({@link #run(Trainer, Dataset, CanaryDesign, AuditOptions, RunContext)}). */
    public static AuditResult run(Trainer<?> trainer, Dataset pool, AuditOptions options, RunContext ctx) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(options, "options");
        RandomGenerator coin = options.seed() == null ? new SecureRandom() : new SplittableRandom(options.seed());
        CanaryDesign design = CanaryDesign.draw(pool, options.canaries(), options.canaryKind(), coin);
        return run(trainer, pool, design, options, ctx);
    }

    /**
     * Audits one training run on a given design. The design must have been made for this pool
     * ({@link CanaryDesign#draw} or {@link CanaryDesign#declared}, the only ways to get one) and
     * have {@code options.canaries()} canaries; its kind overrides the options' kind.
     */
    public static AuditResult run(Trainer<?> trainer, Dataset pool, CanaryDesign design, AuditOptions options,
            RunContext ctx) {
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(ctx, "ctx");
        if (design.poolRows() != pool.rows() || design.size() != options.canaries()) {
            throw new IllegalArgumentException("design has " + design.size() + " canaries for a pool of "
                    + design.poolRows() + " rows; allowed: canaries=" + options.canaries() + " and a pool of "
                    + pool.rows() + " rows (the pool it was made for)");
        }
        Dataset training = trainingData(pool, design);
        TrainedModel<?> trained = trainer.train(training, ctx);
        double[] scores = LossThresholdAttack.scores(trained.model(), canaries(pool, design));
        CanaryGuesses guesses = CanaryGuesses.of(scores, design.included(), options.kPlus(), options.kMinus());
        PrivacyInfo claim = trained.record().privacy();
        double delta = options.delta() != null ? options.delta() : claim.delta();
        double bound = OneRunBound.epsilonLowerBound(design.size(), guesses.made(), guesses.correct(), delta,
                options.confidence());
        Long seed = design.origin() == DesignOrigin.DRAWN ? options.seed() : null;
        return new AuditResult(design.size(), design.includedCount(), guesses.made(), options.kPlus(),
                options.kMinus(), guesses.correct(), bound, claim.epsilon(), delta, options.confidence(),
                bound > claim.epsilon(), design.kind(), design.origin(), seed, training.rows(),
                trained.record().method());
    }

    /** The non-canary rows (always) and the included canaries with their design labels, in pool order. */
    static Dataset trainingData(Dataset pool, CanaryDesign design) {
        int[] canaryAt = new int[pool.rows()];
        Arrays.fill(canaryAt, -1);
        int[] rows = design.rows();
        for (int i = 0; i < rows.length; i++) {
            canaryAt[rows[i]] = i;
        }
        boolean[] included = design.included();
        int[] labels = design.labels();
        int n = pool.rows() - rows.length + design.includedCount();
        int[] index = new int[n];
        int[] y = new int[n];
        int k = 0;
        for (int row = 0; row < pool.rows(); row++) {
            int c = canaryAt[row];
            if (c < 0 || included[c]) {
                index[k] = row;
                y[k++] = c < 0 ? pool.labels()[row] : labels[c];
            }
        }
        return relabel(pool.subset(index, "audit-train"), y);
    }

    /** Every canary with its design label, in design order. */
    static Dataset canaries(Dataset pool, CanaryDesign design) {
        return relabel(pool.subset(design.rows(), "audit-canaries"), design.labels());
    }

    private static Dataset relabel(Dataset d, int[] labels) {
        return new Dataset(d.source(), d.split(), d.features(), labels, d.classNames(), d.schema(),
                d.protectedAttribute());
    }
}
