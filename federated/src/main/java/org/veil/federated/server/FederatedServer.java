package org.veil.federated.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.record.RecordJson;
import org.veil.core.run.Randomness;
import org.veil.core.train.Accuracy;

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
            while (completed < setup.options().rounds()) {
                setup.ctx().cancellation().check();
                runRound(completed);
            }
        } finally {
            coordinator.finish();
        }
        double accuracy = setup.testData() == null ? Double.NaN : accuracy(global);
        PrivacyLedger ledger = aggregation.state().ledger();
        return new FederatedResult(global.clone(), completed, accuracy, ledger, dp == null ? null : dp.plan(),
                totalDropped, totalRejected, List.copyOf(history), System.currentTimeMillis() - started,
                setup.directory().population().size());
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
            double clientClip = dp == null ? 0 : dp.currentClip(aggregation);
            coordinator.open(new RoundPlan(round, taskId, global, cohort, deadline, o.effectiveLocal(), clientClip,
                    random.nextLong()));
            setup.log().event("round_opened", Map.of("round", round, "attempt", attempt, "cohort", cohort.size()));
            setup.listener().roundOpened(round, attempt, cohort);
            RoundCoordinator.RoundResult r = coordinator.awaitAndClose(setup.directory());
            for (String c : r.dropped()) {
                setup.log().event("client_dropped", Map.of("client", c, "round", round, "reason",
                        "no update before the deadline or the session ended"));
            }
            totalDropped += r.dropped().size();
            totalRejected += r.rejected().size();
            if (r.accepted().size() < o.minClients() && !aggregation.releasesShortRounds()) {
                setup.log().event("round_retried", Map.of("round", round, "attempt", attempt, "accepted",
                        r.accepted().size(), "minClients", o.minClients()));
                continue;
            }
            complete(round, attempt, cohort.size(), r, start);
            return;
        }
        throw new IllegalStateException("round " + round + " failed " + (o.maxRetries() + 1) + " times: fewer than "
                + "minClients=" + o.minClients() + " accepted updates each time");
    }

    private void complete(int round, int attempt, int cohort, RoundCoordinator.RoundResult r, long start)
            throws IOException {
        RoundAggregation.Outcome out = aggregation.aggregate(global, r.accepted(), round);
        global = out.global();
        completed = round + 1;
        int every = setup.options().evaluateEvery();
        boolean evaluate = setup.testData() != null && every > 0 && (completed % every == 0);
        double acc = evaluate ? accuracy(global) : Double.NaN;
        RoundSummary s = new RoundSummary(round, attempt + 1, cohort, r.accepted().size(), r.rejected().size(),
                r.dropped().size(), acc, out.facts(), System.currentTimeMillis() - start);
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

    private double accuracy(float[] params) {
        Dl4jClassifier m = setup.spec().build(setup.options().local().learningRate());
        m.setParameters(params);
        return Accuracy.of(m, setup.testData());
    }

    private void checkpoint() throws IOException {
        if (setup.checkpointDir() == null) {
            return;
        }
        new ServerCheckpoint(completed, ServerCheckpoint.encode(global), aggregation.state(), setup.ctx().seed(),
                setup.spec().toJson(), optionsTree()).save(setup.checkpointDir());
    }

    /** The options as a JSON tree read back from text, so it compares equal to one loaded from a file. */
    private com.fasterxml.jackson.databind.JsonNode optionsTree() throws IOException {
        return RecordJson.mapper().readTree(RecordJson.mapper().writeValueAsString(setup.options()));
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
                || !c.options().equals(optionsTree())) {
            throw new IllegalStateException(setup.checkpointDir().resolve(ServerCheckpoint.FILE_NAME)
                    + " was written by a run with another model, seed or options; use a new --out directory");
        }
        float[] p = c.parameters();
        if (p.length != global.length) {
            throw new IllegalStateException("checkpoint has " + p.length + " parameters, model has " + global.length);
        }
        global = p;
        completed = c.completedRounds();
        aggregation.restore(c.aggregation());
        setup.log().event("resumed", Map.of("completedRounds", completed));
    }
}
