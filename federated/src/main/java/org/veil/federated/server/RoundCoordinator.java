package org.veil.federated.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.veil.federated.aggregate.ClientUpdate;

/**
 * The server's view of the round in progress: which clients are in the cohort, who has been given a
 * task, which updates arrived, were accepted or rejected. Transport threads call {@link #nextTask},
 * {@link #model} and {@link #submit}; the round loop ({@link FederatedServer}) calls
 * {@link #open} and {@link #close}. An update is validated ({@link UpdateValidator}) before it is
 * kept; a rejected update never reaches the aggregate and its reason is logged.
 *
 * <p>Thread safety: a monitor; every method is synchronized and waiting callers are woken on each
 * change.
 */
public final class RoundCoordinator {

    private final UpdateValidator validator;
    private final EventLog log;
    private final LongSupplier clock;
    private RoundState current;
    private boolean finished;

    /** One round attempt. */
    private static final class RoundState {
        final RoundPlan plan;
        final int round;
        final String taskId;
        final Set<String> cohort;
        final Set<String> assigned = new LinkedHashSet<>();
        final Map<String, ClientUpdate> accepted = new LinkedHashMap<>();
        final Map<String, String> rejected = new LinkedHashMap<>();
        final long deadline;
        boolean open = true;
        // secure aggregation: the open stage, who must act in it, their inputs and answers
        Assignment.Kind stage;
        Map<String, byte[]> stageInputs = Map.of();
        Map<String, Integer> index = Map.of();
        final Set<String> stageAssigned = new LinkedHashSet<>();
        final Map<String, Object> stageAnswers = new LinkedHashMap<>();
        boolean stageOpen;

        RoundState(RoundPlan plan) {
            this.plan = plan;
            this.round = plan.round();
            this.taskId = plan.taskId();
            this.cohort = new LinkedHashSet<>(plan.cohort());
            this.deadline = plan.deadline();
        }
    }

    /**
     * What a closed round produced.
     *
     * @param accepted updates that passed validation, in arrival order
     * @param rejected client id → reason
     * @param dropped  cohort members that sent nothing
     */
    public record RoundResult(List<ClientUpdate> accepted, Map<String, String> rejected, List<String> dropped) {
    }

    public RoundCoordinator(UpdateValidator validator, EventLog log, LongSupplier clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens a round attempt. */
    public synchronized void open(RoundPlan plan) {
        current = new RoundState(plan);
        notifyAll();
    }

    /** Marks the run finished: every later request is answered DONE. */
    public synchronized void finish() {
        finished = true;
        if (current != null) {
            current.open = false;
        }
        notifyAll();
    }

    /**
     * The next task of {@code clientId}, waiting up to {@code maxWaitMillis} for one.
     */
    public synchronized Assignment nextTask(String clientId, long maxWaitMillis) throws InterruptedException {
        long until = clock.getAsLong() + Math.max(0, maxWaitMillis);
        while (true) {
            if (finished) {
                return Assignment.done();
            }
            RoundState r = current;
            long seed = r == null ? 0 : org.veil.core.run.Randomness.derive(r.plan.seed(), clientId.hashCode());
            if (r != null && r.open && !r.plan.secure() && r.cohort.contains(clientId)
                    && !r.assigned.contains(clientId)) {
                r.assigned.add(clientId);
                return new Assignment(Assignment.Kind.TRAIN, r.round, r.taskId, r.deadline, r.plan.local(),
                        r.plan.clientClip(), seed, -1, new byte[0]);
            }
            if (r != null && r.open && r.stageOpen && r.stageInputs.containsKey(clientId)
                    && !r.stageAssigned.contains(clientId)) {
                r.stageAssigned.add(clientId);
                if (r.stage == Assignment.Kind.SECAGG_MASKED_INPUT) {
                    r.assigned.add(clientId); // may download the model
                }
                return new Assignment(r.stage, r.round, r.taskId, r.deadline, r.plan.local(), r.plan.clientClip(), seed,
                        r.index.get(clientId), r.stageInputs.get(clientId));
            }
            long left = until - clock.getAsLong();
            if (left <= 0) {
                return Assignment.waitAgain(r == null || !r.open ? -1 : r.round);
            }
            wait(left);
        }
    }

    /**
     * The global parameters for a task the client was given.
     *
     * @throws IllegalStateException when the task is not the client's current one
     */
    public synchronized float[] model(String clientId, String taskId) {
        RoundState r = current;
        if (r == null || !r.taskId.equals(taskId) || !r.assigned.contains(clientId)) {
            throw new IllegalStateException("task " + taskId + " is not an open task of client " + clientId);
        }
        return r.plan.global();
    }

    /**
     * Offers an update.
     *
     * @return null when accepted, else the reason it was rejected (already logged)
     */
    public synchronized String submit(String clientId, String taskId, float[] delta, double weight) {
        RoundState r = current;
        String reason;
        if (r == null || !r.taskId.equals(taskId)) {
            reason = "update for task " + taskId + ", which is not the open round's task";
        } else if (!r.open) {
            reason = "update arrived after round " + r.round + " closed";
        } else if (!r.assigned.contains(clientId)) {
            reason = "client was not given task " + taskId;
        } else if (r.accepted.containsKey(clientId) || r.rejected.containsKey(clientId)) {
            reason = "second update for the same task";
        } else {
            reason = validator.problem(delta, weight);
            if (reason == null) {
                r.accepted.put(clientId, new ClientUpdate(clientId, delta, weight));
                notifyAll();
                return null;
            }
            r.rejected.put(clientId, reason);
        }
        log.event("update_rejected", Map.of("client", clientId, "round", r == null ? -1 : r.round,
                "reason", reason));
        notifyAll();
        return reason;
    }

    /** Records a client's failure to deliver (for example a broken upload stream) as a rejection. */
    public synchronized void reject(String clientId, String taskId, String reason) {
        RoundState r = current;
        if (r != null && r.taskId.equals(taskId) && r.open && !r.accepted.containsKey(clientId)) {
            r.rejected.putIfAbsent(clientId, reason);
        }
        log.event("update_rejected", Map.of("client", clientId, "round", r == null ? -1 : r.round, "reason", reason));
        notifyAll();
    }

    /**
     * Opens a secure-aggregation stage: each client in {@code inputs} gets one task of {@code kind}
     * with its input bytes and its cohort index.
     */
    public synchronized void openStage(Assignment.Kind kind, Map<String, byte[]> inputs, Map<String, Integer> index) {
        RoundState r = Objects.requireNonNull(current, "no open round");
        r.stage = kind;
        r.stageInputs = Map.copyOf(inputs);
        r.index = Map.copyOf(index);
        r.stageAssigned.clear();
        r.stageAnswers.clear();
        r.stageOpen = true;
        notifyAll();
    }

    /**
     * A client's answer to the open stage: the message bytes, or the masked input ({@code int[]}).
     *
     * @return null when kept, else the reason it was refused (logged)
     */
    public synchronized String submitStage(String clientId, String taskId, boolean masked, Object answer) {
        RoundState r = current;
        String reason = null;
        Assignment.Kind kind = r == null ? null : r.stage;
        boolean rightKind = kind != null && (masked == (kind == Assignment.Kind.SECAGG_MASKED_INPUT));
        if (r == null || !r.taskId.equals(taskId) || !r.open || !r.stageOpen || !rightKind) {
            reason = (masked ? "masked input" : "secure-aggregation message") + " for task " + taskId
                    + ", which is not the open stage";
        } else if (!r.stageAssigned.contains(clientId)) {
            reason = "client was not given the " + kind + " task";
        } else if (r.stageAnswers.containsKey(clientId)) {
            reason = "second " + kind + " message for the same task";
        }
        if (reason != null) {
            log.event("update_rejected", Map.of("client", clientId, "round", r == null ? -1 : r.round, "reason", reason));
            return reason;
        }
        r.stageAnswers.put(clientId, answer);
        notifyAll();
        return null;
    }

    /**
     * Waits until every client of the open stage has answered or is unreachable, or the round's
     * deadline passes; closes the stage and returns the answers by client id.
     */
    public synchronized Map<String, Object> awaitStage(ClientDirectory directory) throws InterruptedException {
        RoundState r = Objects.requireNonNull(current, "no open round");
        awaitAnswers(r, r.stageInputs.keySet(), r.stageAnswers::containsKey, directory);
        r.stageOpen = false;
        return new LinkedHashMap<>(r.stageAnswers);
    }

    /** Waits (holding the monitor) until every member has answered or is unreachable, or the round's deadline. */
    private void awaitAnswers(RoundState r, java.util.Collection<String> members,
            java.util.function.Predicate<String> answered, ClientDirectory directory) throws InterruptedException {
        while (true) {
            boolean allDone = members.stream().allMatch(c -> answered.test(c) || !directory.isReachable(c));
            long left = r.deadline - clock.getAsLong();
            if (allDone || left <= 0) {
                return;
            }
            wait(Math.min(left, 200)); // re-check reachability (sessions expire without a notify)
        }
    }

    /** Closes a secure round (after its last stage). */
    public synchronized void closeRound() {
        if (current != null) {
            current.open = false;
            current.stageOpen = false;
        }
        notifyAll();
    }

    /**
     * Waits until every cohort member has answered or is unreachable, or the deadline passes, then
     * closes the round.
     */
    public synchronized RoundResult awaitAndClose(ClientDirectory directory) throws InterruptedException {
        RoundState r = Objects.requireNonNull(current, "no open round");
        awaitAnswers(r, r.cohort, c -> r.accepted.containsKey(c) || r.rejected.containsKey(c), directory);
        r.open = false;
        List<String> dropped = new ArrayList<>();
        for (String c : r.cohort) {
            if (!r.accepted.containsKey(c) && !r.rejected.containsKey(c)) {
                dropped.add(c);
            }
        }
        return new RoundResult(new ArrayList<>(r.accepted.values()), new LinkedHashMap<>(r.rejected), dropped);
    }
}
