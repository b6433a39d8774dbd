package org.veil.federated.protocol;

import org.veil.federated.model.LocalTrainingOptions;
import org.veil.federated.proto.Task;
import org.veil.federated.proto.TaskKind;
import org.veil.federated.proto.TrainConfig;
import org.veil.federated.server.Assignment;

/**
 * Conversions between the server's domain types and the protocol's messages. Stateless.
 */
public final class Messages {

    /** Protocol version spoken by this build (JoinReply.protocol_version). */
    public static final int PROTOCOL_VERSION = 1;

    private Messages() {
    }

    /** The task message for an assignment. */
    public static Task task(Assignment a) {
        Task.Builder t = Task.newBuilder().setRound(a.round()).setTaskId(a.taskId())
                .setDeadlineUnixMillis(a.deadlineMillis());
        t.setKind(kind(a.kind()));
        if (a.local() != null) {
            LocalTrainingOptions l = a.local();
            t.setTrain(TrainConfig.newBuilder().setLocalEpochs(l.localEpochs()).setBatchSize(l.batchSize())
                    .setLearningRate(l.learningRate()).setProximalMu(l.proximalMu()).setClipNorm(a.clientClip())
                    .setSeed(a.seed()));
        }
        if (a.secaggIndex() >= 0) {
            t.setSecaggIndex(a.secaggIndex()).setSecaggPayload(com.google.protobuf.ByteString.copyFrom(a.payload()));
        }
        return t.build();
    }

    private static TaskKind kind(Assignment.Kind k) {
        return switch (k) {
            case WAIT -> TaskKind.WAIT;
            case DONE -> TaskKind.DONE;
            case TRAIN -> TaskKind.TRAIN;
            case SECAGG_ADVERTISE -> TaskKind.SECAGG_ADVERTISE;
            case SECAGG_SHARE -> TaskKind.SECAGG_SHARE;
            case SECAGG_MASKED_INPUT -> TaskKind.SECAGG_MASKED_INPUT;
            case SECAGG_UNMASK -> TaskKind.SECAGG_UNMASK;
        };
    }

    /**
     * The local training settings of a TRAIN task.
     *
     * @throws IllegalArgumentException when the server sent values out of range
     */
    public static LocalTrainingOptions local(TrainConfig c) {
        return new LocalTrainingOptions(c.getLocalEpochs(), c.getBatchSize(), c.getLearningRate(), c.getProximalMu());
    }
}
