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
        switch (a.kind()) {
            case WAIT -> t.setKind(TaskKind.WAIT);
            case DONE -> t.setKind(TaskKind.DONE);
            case TRAIN -> {
                LocalTrainingOptions l = a.local();
                t.setKind(TaskKind.TRAIN).setTrain(TrainConfig.newBuilder().setLocalEpochs(l.localEpochs())
                        .setBatchSize(l.batchSize()).setLearningRate(l.learningRate()).setProximalMu(l.proximalMu())
                        .setClipNorm(a.clientClip()).setSeed(a.seed()));
            }
            default -> throw new IllegalStateException("unknown kind " + a.kind());
        }
        return t.build();
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
