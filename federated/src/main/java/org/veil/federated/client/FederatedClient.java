package org.veil.federated.client;

import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.veil.core.data.DataEncoding;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.federated.dp.UpdateNorms;
import org.veil.federated.model.LocalResult;
import org.veil.federated.model.LocalTrainer;
import org.veil.federated.model.LocalTrainingOptions;
import org.veil.federated.model.ModelSpec;
import org.veil.federated.proto.FederationGrpc;
import org.veil.federated.proto.JoinReply;
import org.veil.federated.proto.JoinRequest;
import org.veil.federated.proto.LeaveRequest;
import org.veil.federated.proto.SubmitReply;
import org.veil.federated.proto.Task;
import org.veil.federated.proto.TaskKind;
import org.veil.federated.proto.TaskRequest;
import org.veil.federated.proto.SecAggSubmission;
import org.veil.federated.protocol.Messages;
import org.veil.federated.protocol.SecAggSetup;
import org.veil.federated.protocol.UnclippedCount;
import org.veil.federated.secagg.FixedPointEncoder;
import org.veil.federated.secagg.MaskedInput;
import org.veil.federated.secagg.NeighbourGraph;
import org.veil.federated.secagg.NeighbourKeys;
import org.veil.federated.secagg.SecAggClient;
import org.veil.federated.secagg.ShareCiphertexts;
import org.veil.federated.secagg.UnmaskRequest;

/**
 * A federation client: joins, long-polls for tasks, and for each TRAIN task downloads the global
 * model, trains on its own rows ({@link LocalTrainer}), optionally clips its update, and uploads it
 * in chunks. Its data never leaves it; only updates do. The same code runs in a separate process
 * over TLS ({@code veil fed client}) and inside a simulation over an in-process channel.
 *
 * <p>Thread safety: one thread per client. Randomness: the batch order of a task comes from the
 * seed the server put in the task.
 */
public final class FederatedClient {

    /** How long one NextTask call may be held by the server. */
    static final int POLL_MILLIS = 10_000;
    /** Clipping aims this much below the bound: the float32 rescaling can overshoot by a few ulps. */
    static final double CLIP_MARGIN = 1e-6;

    private final String clientId;
    private final FederationGrpc.FederationBlockingStub blocking;
    private final Transfers transfers;
    private final ClientData source;
    private Dataset data;
    private final Behaviour behaviour;
    private final Consumer<String> log;
    private String session;
    private SecAggClient secagg;
    private SecAggSetup secaggSetup;
    private long secaggRound = -1;
    private int lastExamples;
    /** L2 norm of the last local update before clipping (for the unclipped indicator). */
    private double lastNorm;
    private java.util.concurrent.Semaphore slots;
    private int expectedParameters;
    private ModelSpec spec;
    private Dl4jClassifier model;
    private double modelLearningRate = Double.NaN;
    private ModelPool pool;
    private long heartbeatMillis;

    /**
     * @param clientId    this client's id (for logs; the server knows it from the credentials)
     * @param channel     to the server
     * @param credentials the bearer token and id headers (may be null when the channel adds them)
     * @param data        the client's rows
     * @param behaviour   honest, or a drill
     * @param log         one line per event
     */
    public FederatedClient(String clientId, Channel channel, CallCredentials credentials, Dataset data,
            Behaviour behaviour, Consumer<String> log) {
        this(clientId, channel, credentials, ClientData.of(data), behaviour, log);
    }

    /**
     * A client whose rows are encoded when it joins, with the server's data encoding (a CSV client).
     *
     * @param data the client's rows, encoded on joining
     */
    public FederatedClient(String clientId, Channel channel, CallCredentials credentials, ClientData data,
            Behaviour behaviour, Consumer<String> log) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        FederationGrpc.FederationBlockingStub b = FederationGrpc.newBlockingStub(channel);
        FederationGrpc.FederationStub a = FederationGrpc.newStub(channel);
        this.blocking = credentials == null ? b : b.withCallCredentials(credentials);
        this.transfers = new Transfers(this.blocking, credentials == null ? a : a.withCallCredentials(credentials));
        this.source = Objects.requireNonNull(data, "data");
        this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Takes classifiers from {@code modelPool} instead of building one per client (a simulation's
     * workers reuse theirs across the many clients they run).
     */
    public FederatedClient withModelPool(ModelPool modelPool) {
        this.pool = modelPool;
        return this;
    }

    /**
     * While training, tell the server every {@code millis} that this client is alive (a NextTask call
     * with a negative wait, which never hands out work), so that a long local training does not
     * look like a dead client. 0 = off (simulations, whose sessions do not expire).
     */
    public FederatedClient withHeartbeat(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("heartbeat=" + millis + ", allowed: >= 0");
        }
        this.heartbeatMillis = millis;
        return this;
    }

    /** Holds one of {@code trainingSlots} while training (a simulation runs more clients than cores). */
    public FederatedClient withTrainingSlots(java.util.concurrent.Semaphore trainingSlots) {
        this.slots = trainingSlots;
        return this;
    }

    /** Starts a session and checks that the client's data fits the federation's model. */
    public void join() {
        JoinReply r = blocking.join(JoinRequest.newBuilder().setNumExamples(data == null ? source.knownRows() : data.rows())
                .setClientVersion("veil").build());
        if (r.getProtocolVersion() != Messages.PROTOCOL_VERSION) {
            throw new IllegalStateException("server speaks protocol " + r.getProtocolVersion() + ", this client "
                    + Messages.PROTOCOL_VERSION);
        }
        session = r.getSessionId();
        try {
            if (data == null) {
                data = source.encode(r.getDataEncoding().isEmpty() ? null : DataEncoding.fromJson(r.getDataEncoding()));
            }
            spec = ModelSpec.fromJson(r.getModelDescription());
            if (spec.numFeatures() != data.numFeatures() || spec.numClasses() != data.numClasses()) {
                throw new IllegalArgumentException("client data has " + data.numFeatures() + " features and "
                        + data.numClasses() + " classes; the federation's model expects " + spec.numFeatures()
                        + " and " + spec.numClasses());
            }
        } catch (RuntimeException e) {
            leave(); // the server must not wait for a client that cannot train
            throw e;
        }
        expectedParameters = Math.toIntExact(r.getNumParameters());
    }

    /** Ends the session (best effort). */
    public void leave() {
        if (session != null) {
            blocking.leave(LeaveRequest.newBuilder().setSessionId(session).build());
            session = null;
        }
    }

    /** Joins, works until the server says DONE, leaves; returns the number of tasks done. */
    public int run() {
        join();
        int tasks = 0;
        try {
            while (true) {
                Task t = poll();
                if (t.getKind() == TaskKind.DONE) {
                    log.accept("client " + clientId + ": federation finished after " + tasks + " tasks");
                    return tasks;
                }
                if (t.getKind() == TaskKind.TRAIN) {
                    train(t);
                    tasks++;
                } else if (t.getKind() != TaskKind.WAIT && secure(t)) {
                    tasks++;
                }
            }
        } finally {
            leave();
        }
    }

    /**
     * Joins, does the first TRAIN task offered (or stops at DONE), leaves. A simulated client that
     * was sampled for a round runs this.
     *
     * @return whether a task was done
     */
    public boolean runOneTask() {
        join();
        long round = -1;
        try {
            while (true) {
                Task t = poll();
                if (t.getKind() == TaskKind.DONE || (round >= 0 && t.getKind() == TaskKind.WAIT && t.getRound() != round)) {
                    return round >= 0; // the federation or this client's round is over
                }
                if (t.getKind() == TaskKind.TRAIN) {
                    train(t);
                    return true;
                }
                if (t.getKind() != TaskKind.WAIT) {
                    round = t.getRound();
                    if (secure(t)) {
                        return true; // unmasking was the secure round's last step
                    }
                }
            }
        } finally {
            leave();
        }
    }

    /**
     * One step of a secure round (Bonawitz et al. 2017, Fig. 4): advertise keys, share keys, send
     * the masked update, answer the unmasking request.
     *
     * @return whether this was the last step (unmasking)
     */
    private boolean secure(Task t) {
        byte[] in = t.getSecaggPayload().toByteArray();
        switch (t.getKind()) {
            case SECAGG_ADVERTISE -> {
                SecAggSetup setup = SecAggSetup.fromBytes(in);
                secagg = new SecAggClient(setup.config(), NeighbourGraph.of(setup.config(), setup.graphSeed()),
                        t.getSecaggIndex(), new java.security.SecureRandom());
                secaggSetup = setup;
                secaggRound = t.getRound();
                sendSecAgg(t, secagg.advertiseKeys().toBytes());
            }
            case SECAGG_SHARE -> sendSecAgg(t, requireSecAgg(t).shareKeys(NeighbourKeys.fromBytes(in)).toBytes());
            case SECAGG_MASKED_INPUT -> {
                SecAggClient c = requireSecAgg(t);
                float[] update = behaviour.apply(localUpdate(t));
                int[] encoded = FixedPointEncoder.of(secaggSetup.config()).encode(update);
                if (secaggSetup.countUnclipped()) {
                    encoded = UnclippedCount.append(encoded, lastNorm, t.getTrain().getClipNorm());
                }
                MaskedInput masked = c.maskedInput(encoded, ShareCiphertexts.fromBytes(in));
                SubmitReply reply = transfers.uploadMasked(session, t.getTaskId(), masked.masked());
                log.accept("client " + clientId + ": round " + t.getRound() + " masked update "
                        + (reply.getAccepted() ? "accepted" : "rejected: " + reply.getReason()));
            }
            case SECAGG_UNMASK -> {
                sendSecAgg(t, requireSecAgg(t).unmask(UnmaskRequest.fromBytes(in)).toBytes());
                secagg = null;
                return true;
            }
            default -> throw new IllegalStateException("unexpected task " + t.getKind());
        }
        return false;
    }

    private SecAggClient requireSecAgg(Task t) {
        if (secagg == null || secaggRound != t.getRound()) {
            throw new IllegalStateException(t.getKind() + " task of round " + t.getRound() + " without its key "
                    + "advertisement (this client joined mid-round)");
        }
        return secagg;
    }

    private void sendSecAgg(Task t, byte[] payload) {
        SubmitReply r = blocking.submitSecAgg(SecAggSubmission.newBuilder().setSessionId(session)
                .setTaskId(t.getTaskId()).setPayload(com.google.protobuf.ByteString.copyFrom(payload)).build());
        if (!r.getAccepted()) {
            log.accept("client " + clientId + ": " + t.getKind() + " refused: " + r.getReason());
        }
    }

    private Task poll() {
        return blocking.nextTask(TaskRequest.newBuilder().setSessionId(session).setMaxWaitMillis(POLL_MILLIS).build());
    }

    private void train(Task task) {
        java.util.concurrent.ScheduledExecutorService beat = null;
        if (heartbeatMillis > 0) {
            beat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "veil-heartbeat");
                t.setDaemon(true);
                return t;
            });
            beat.scheduleAtFixedRate(this::heartbeat, heartbeatMillis, heartbeatMillis, TimeUnit.MILLISECONDS);
        }
        try {
            trainAndUpload(task);
        } finally {
            if (beat != null) {
                beat.shutdownNow();
            }
        }
    }

    private void heartbeat() {
        try {
            blocking.nextTask(TaskRequest.newBuilder().setSessionId(session).setMaxWaitMillis(-1).build());
        } catch (RuntimeException e) {
            log.accept("client " + clientId + ": heartbeat failed: " + e.getMessage());
        }
    }

    private void trainAndUpload(Task task) {
        float[] delta = localUpdate(task);
        SubmitReply reply = transfers.upload(session, task.getTaskId(), behaviour.apply(delta), lastExamples);
        log.accept("client " + clientId + ": round " + task.getRound() + " update "
                + (reply.getAccepted() ? "accepted" : "rejected: " + reply.getReason()));
    }

    /** Downloads the model, trains locally (holding a training slot when given) and clips as the task says. */
    private float[] localUpdate(Task task) {
        if (slots != null) {
            slots.acquireUninterruptibly();
        }
        try {
            return localUpdateNow(task);
        } finally {
            if (slots != null) {
                slots.release();
            }
        }
    }

    private float[] localUpdateNow(Task task) {
        LocalTrainingOptions local = Messages.local(task.getTrain());
        float[] global = transfers.download(session, task.getTaskId(), expectedParameters);
        if (pool != null) {
            model = pool.get(spec, local.learningRate());
        } else if (model == null || modelLearningRate != local.learningRate()) {
            model = spec.build(local.learningRate());
            modelLearningRate = local.learningRate();
        }
        LocalResult r = LocalTrainer.train(model, global, data, local, new SplittableRandom(task.getTrain().getSeed()));
        float[] delta = r.delta();
        double clip = task.getTrain().getClipNorm();
        lastNorm = UpdateNorms.l2(delta);
        if (clip > 0) {
            UpdateNorms.clip(delta, clip * (1 - CLIP_MARGIN));
        }
        lastExamples = r.examples();
        return delta;
    }
}
