package org.veil.federated.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.Dl4jThreads;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.record.RecordJson;
import org.veil.core.run.Randomness;
import org.veil.core.train.Accuracy;
import org.veil.federated.dp.DpAggregation;

/**
 * The round loop of a federation (McMahan et al. 2017, Alg. 1, server side): choose a cohort, open
 * the round, wait for updates until all arrived or the deadline, aggregate, evaluate, checkpoint;
 * a round with too few accepted updates is retried with a new cohort (without DP) or released
 * anyway (with DP, where skipping would reveal the realised cohort size). Transport threads reach
 * the round through {@link #coordinator()}.
 *
 * <p>Thread safety: {@link #run} runs the loop in the calling thread; one run per instance.
 * Randomness: round t, attempt a draws its cohort from a generator seeded with a value derived
 * from (seed, t, a), and its noise from the noise source's stream t.
 */
public final class FederatedServer {

    private final ServerSetup setup;
    private final RoundCoordinator coordinator;
    private final RoundAggregation aggregation;
    private final Strategies.Dp dp;
    private float[] global;
    private int completed;
    private int totalDropped;
    private int totalRejected;
    private final List<RoundSummary> history = new ArrayList<>();
    private final java.security.SecureRandom secureRandom = new java.security.SecureRandom();

    public FederatedServer(ServerSetup setup) {
        this.setup = setup;
        Dl4jClassifier initial = setup.spec().build(setup.options().local().learningRate());
        this.global = initial.parameterFloats();
        this.coordinator = new RoundCoordinator(new UpdateValidator(global.length, setup.options().maxUpdateNorm()),
                setup.log(), System::currentTimeMillis);
        this.dp = Strategies.dp(setup);
        this.aggregation = Strategies.aggregation(setup, global.length, dp);
    }

    /** The round state the transport serves. */
    public RoundCoordinator coordinator() {
        return coordinator;
    }

    /** Number of model parameters. */
    public int numParameters() {
        return global.length;
    }

    /** Runs (or resumes from the checkpoint) until all rounds are done; returns what happened. */
    public FederatedResult run() throws InterruptedException, IOException {
        resume();
        long started = System.currentTimeMillis();
        try {
            while (completed < setup.options().rounds() && !targetReached()) {
                setup.ctx().cancellation().check();
                runRound(completed);
            }
        } finally {
            coordinator.finish();
        }
        double accuracy = setup.testData() == null ? Double.NaN : finalAccuracy();
        PrivacyLedger ledger = aggregation.state().ledger();
        return new FederatedResult(global.clone(), completed, accuracy, ledger, dp == null ? null : dp.plan(),
                totalDropped, totalRejected, List.copyOf(history), System.currentTimeMillis() - started,
                setup.directory().population().size());
    }

    /**
     * What one round attempt produced.
     *
     * @param accepted  updates in the aggregate
     * @param rejected  updates or messages refused
     * @param dropped   cohort members that sent nothing usable
     * @param aggregate the aggregation to run, or null when the attempt failed
     * @param failure   why it failed (null otherwise)
     */
    private record Attempt(int accepted, int rejected, List<String> dropped,
            Supplier<RoundAggregation.Outcome> aggregate, String failure) {
    }

    private void runRound(int round) throws InterruptedException, IOException {
        FederationOptions o = setup.options();
        long start = System.currentTimeMillis();
        for (int attempt = 0; attempt <= o.maxRetries(); attempt++) {
            SplittableRandom random = new SplittableRandom(Randomness.derive(setup.ctx().seed(),
                    (long) round * 1_000_003L + attempt));
            List<String> cohort = dp != null
                    ? CohortSampler.poisson(setup.directory().population(), dp.plan().sampleRate(), cohortRandom(random))
                    : CohortSampler.uniform(awaitClients(o), o.clientsPerRound(), random);
            String taskId = round + "." + attempt + "." + Long.toHexString(random.nextLong());
            long deadline = System.currentTimeMillis() + o.roundTimeoutMillis();
            boolean secure = o.secureAggregation() != null;
            // without secure aggregation the server clips (DpAggregation) and must see the norm before clipping,
            // for the adaptive clip's count: clients then send their update as trained
            double clientClip = secure ? secureClip(cohort.size()) : 0;
            coordinator.open(new RoundPlan(round, taskId, global, cohort, deadline, o.effectiveLocal(), clientClip,
                    random.nextLong(), secure));
            setup.log().event("round_opened", Map.of("round", round, "attempt", attempt, "cohort", cohort.size()));
            setup.listener().roundOpened(round, attempt, cohort);
            Attempt a = secure ? secureAttempt(round, cohort, clientClip, random.nextLong()) : plainAttempt(round);
            for (String c : a.dropped()) {
                setup.log().event("client_dropped", Map.of("client", c, "round", round, "reason",
                        "no usable update before the deadline or the session ended"));
            }
            totalDropped += a.dropped().size();
            totalRejected += a.rejected();
            String failure = a.failure() != null ? a.failure()
                    : a.accepted() < o.minClients() && !aggregation.releasesShortRounds()
                    ? a.accepted() + " accepted updates, fewer than minClients=" + o.minClients() : null;
            if (failure != null && !(aggregation.releasesShortRounds() && a.aggregate() != null)) {
                setup.log().event("round_retried", Map.of("round", round, "attempt", attempt, "reason", failure));
                continue;
            }
            complete(round, attempt, cohort.size(), a, start);
            return;
        }
        throw new IllegalStateException("round " + round + " failed " + (o.maxRetries() + 1) + " times (see the "
                + "round_retried events for the reasons)");
    }

    private Attempt plainAttempt(int round) throws InterruptedException {
        RoundCoordinator.RoundResult r = coordinator.awaitAndClose(setup.directory());
        return new Attempt(r.accepted().size(), r.rejected().size(), r.dropped(),
                () -> aggregation.aggregate(global, r.accepted(), round), null);
    }

    private Attempt secureAttempt(int round, List<String> cohort, double clip, long graphSeed)
            throws InterruptedException {
        SecureRound.Outcome out = new SecureRound(coordinator, setup.directory(), setup.log())
                .run(round, cohort, global.length, clip, graphSeed, dp != null && dp.options().adaptive() != null);
        Supplier<RoundAggregation.Outcome> agg = out.sum() == null && !aggregation.releasesShortRounds() ? null
                : () -> aggregation.aggregateSum(global, out.sum(), out.survivors(), out.unclipped(), round);
        return new Attempt(out.survivors(), out.rejected(), out.dropped(), agg, out.failure());
    }

    /** The bound clients clip to under secure aggregation (they must: the server cannot see updates). */
    private double secureClip(int cohort) {
        double c = dp != null ? dp.currentClip(aggregation) : setup.options().secureAggregation().clip();
        double noiseStd = dp != null ? dp.plan().updateNoiseMultiplier() * c : 0;
        double scale = SecureRound.SUM_BOUND / (Math.max(cohort, 1) * c);
        return DpAggregation.clientBound(c, global.length, noiseStd, scale);
    }

    private void complete(int round, int attempt, int cohort, Attempt a, long start) throws IOException {
        RoundAggregation.Outcome out = a.aggregate().get();
        global = out.global();
        completed = round + 1;
        int every = setup.options().evaluateEvery();
        boolean evaluate = setup.testData() != null && every > 0 && (completed % every == 0);
        double acc = evaluate ? accuracy(global) : Double.NaN;
        RoundSummary s = new RoundSummary(round, attempt + 1, cohort, a.accepted(), a.rejected(), a.dropped().size(),
                acc, out.facts(), System.currentTimeMillis() - start);
        history.add(s);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("round", round);
        fields.put("accepted", s.accepted());
        fields.put("rejected", s.rejected());
        fields.put("dropped", s.dropped());
        if (evaluate) {
            fields.put("testAccuracy", acc);
        }
        fields.putAll(out.facts());
        fields.put("millis", s.millis());
        setup.log().event("round_completed", fields);
        checkpoint();
        setup.listener().roundCompleted(s);
        if (targetReached()) {
            setup.log().event("target_accuracy_reached", Map.of("round", round, "testAccuracy", acc,
                    "stopAtAccuracy", setup.options().stopAtAccuracy()));
        }
    }

    /**
     * Test accuracy of the last completed round (whose result is {@code global}: the history ends with it),
     * NaN when it was not evaluated or no history is known (a checkpoint from before it was kept).
     */
    private double lastTestAccuracy() {
        return history.isEmpty() ? Double.NaN : history.get(history.size() - 1).testAccuracy();
    }

    /** The last round's test accuracy when that round was evaluated (same model, same data), else evaluated now. */
    private double finalAccuracy() {
        double last = lastTestAccuracy();
        return Double.isNaN(last) ? accuracy(global) : last;
    }

    /** Whether the last completed round was evaluated at or above {@code stopAtAccuracy} (when set). */
    private boolean targetReached() {
        double target = setup.options().stopAtAccuracy();
        return target > 0 && lastTestAccuracy() >= target;
    }

    /**
     * With a secure noise source the DP cohort comes from a CSPRNG: privacy amplification by sampling
     * needs the sample to be secret, and the recorded seed would reveal a seeded one.
     */
    private java.util.random.RandomGenerator cohortRandom(SplittableRandom seeded) {
        return setup.ctx().noise().isSecure() ? secureRandom : seeded;
    }

    private List<String> awaitClients(FederationOptions o) throws InterruptedException {
        long until = System.currentTimeMillis() + o.roundTimeoutMillis();
        while (true) {
            List<String> live = setup.directory().available();
            if (live.size() >= o.minClients() || System.currentTimeMillis() > until) {
                return live;
            }
            setup.ctx().cancellation().check();
            Thread.sleep(100);
        }
    }

    /**
     * Test accuracy, spread over as many model copies as leave no core idle: one with ND4J's default
     * threading (every op uses all cores), one per core where the process runs ND4J single-threaded, as
     * the simulation does (there a single copy took 60 s of a 115 s MNIST round on 2 cores;
     * docs/federated.md section 6).
     */
    private double accuracy(float[] params) {
        int parts = Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, Dl4jThreads.current()));
        double lr = setup.options().local().learningRate();
        return Accuracy.inParallel(() -> setup.spec().build(lr, params), setup.testData(), parts);
    }

    private void checkpoint() throws IOException {
        if (setup.checkpointDir() == null) {
            return;
        }
        new ServerCheckpoint(completed, ServerCheckpoint.encode(global), aggregation.state(), setup.ctx().seed(),
                setup.spec().toJson(), optionsTree(), history, totalDropped, totalRejected)
                .save(setup.checkpointDir());
    }

    /** The options as a JSON tree read back from text, so it compares equal to one loaded from a file. */
    private JsonNode optionsTree() throws IOException {
        return RecordJson.mapper().readTree(RecordJson.mapper().writeValueAsString(setup.options()));
    }

    /** The options without stopAtAccuracy, which only decides when to stop and may change on resume. */
    private static JsonNode withoutStoppingRule(JsonNode o) {
        ObjectNode copy = (ObjectNode) o.deepCopy();
        copy.remove("stopAtAccuracy");
        return copy;
    }

    private void resume() throws IOException {
        if (setup.checkpointDir() == null) {
            return;
        }
        ServerCheckpoint c = ServerCheckpoint.load(setup.checkpointDir()).orElse(null);
        if (c == null) {
            return;
        }
        if (!c.model().equals(setup.spec().toJson()) || c.seed() != setup.ctx().seed()
                || !withoutStoppingRule(c.options()).equals(withoutStoppingRule(optionsTree()))) {
            throw new IllegalStateException(setup.checkpointDir().resolve(ServerCheckpoint.FILE_NAME)
                    + " was written by a run with another model, seed or options; use a new --out directory");
        }
        float[] p = c.parameters();
        if (p.length != global.length) {
            throw new IllegalStateException("checkpoint has " + p.length + " parameters, model has " + global.length);
        }
        global = p;
        completed = c.completedRounds();
        history.clear();
        history.addAll(c.history());
        totalDropped = c.dropped();
        totalRejected = c.rejected();
        aggregation.restore(c.aggregation());
        setup.log().event("resumed", Map.of("completedRounds", completed));
    }
}
