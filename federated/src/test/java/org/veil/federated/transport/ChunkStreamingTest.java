package org.veil.federated.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.federated.proto.FederationGrpc;
import org.veil.federated.proto.ModelRequest;
import org.veil.federated.proto.SubmitReply;
import org.veil.federated.proto.TensorChunk;
import org.veil.federated.proto.UpdateChunk;

/** Large tensors in chunks through real streaming calls on 127.0.0.1. */
class ChunkStreamingTest {

    private static final int LENGTH = 3_000_001;
    private static final int CHUNK = 100_000;
    private static final String TOKEN = "streaming-token-0123456789";

    private static FakeFederation service;
    private static ServerEndpoint server;
    private static ManagedChannel channel;
    private static float[] tensor;

    @BeforeAll
    static void start() throws IOException {
        tensor = new float[LENGTH];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < LENGTH; i++) {
            tensor[i] = (float) random.nextGaussian();
        }
        tensor[LENGTH - 1] = Float.NaN;
        service = new FakeFederation(CHUNK, LENGTH);
        AuthInterceptor auth = new AuthInterceptor(TokenStore.parse("test", List.of("c7 " + TOKEN)),
                (id, remote, reason) -> { });
        // 1 MiB limit: a chunk of 100,000 floats (400 kB) passes, one of 300,000 does not
        server = ServerEndpoint.start(ServerEndpointOptions.of("127.0.0.1", 0, null)
                .withMaxInboundMessageBytes(1 << 20), service, List.of(auth));
        channel = ChannelFactory.create(ChannelOptions.of("127.0.0.1", server.port(), null));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void uploadOfThreeMillionFloatsArrivesIntact() throws Exception {
        List<UpdateChunk.Builder> chunks = TensorChunks.splitUpdate(tensor, CHUNK);
        assertEquals(31, chunks.size());
        SubmitReply reply = upload(chunks.stream().map(b -> b.setSessionId("s").build()).toList());
        assertTrue(reply.getAccepted(), reply.getReason());
        assertEquals("c7", service.uploader.get());
        assertBitwiseEqual(tensor, service.received.get());
    }

    @Test
    void downloadOfThreeMillionFloatsArrivesIntact() throws ChunkException {
        service.model.set(tensor);
        ChunkAssembler assembler = new ChunkAssembler(LENGTH);
        Iterator<TensorChunk> stream = FederationGrpc.newBlockingStub(channel)
                .withCallCredentials(new BearerCredentials("c7", TOKEN, false))
                .withDeadlineAfter(60, TimeUnit.SECONDS).downloadModel(ModelRequest.getDefaultInstance());
        while (stream.hasNext()) {
            assembler.accept(stream.next());
        }
        assertEquals(31, assembler.chunksAccepted());
        assertBitwiseEqual(tensor, assembler.values());
    }

    @Test
    void malformedUploadIsAnsweredWithTheReason() throws Exception {
        float[] small = new float[10];
        SubmitReply reply = upload(List.of(TensorChunks.updateChunk(small, 0, 4).build(),
                TensorChunks.updateChunk(small, 2, 4).build()));
        assertFalse(reply.getAccepted());
        assertEquals("gap before chunk 1: offset 8, expected 4", reply.getReason());
    }

    @Test
    void chunkOverTheMessageLimitIsRefusedByTheServer() throws InterruptedException {
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> upload(List.of(TensorChunks.updateChunk(tensor, 0, 300_000).build())));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, Status.fromThrowable(e.getCause()).getCode());
    }

    private static SubmitReply upload(List<UpdateChunk> chunks) throws Exception {
        CompletableFuture<SubmitReply> result = new CompletableFuture<>();
        StreamObserver<UpdateChunk> requests = FederationGrpc.newStub(channel)
                .withCallCredentials(new BearerCredentials("c7", TOKEN, false))
                .withDeadlineAfter(60, TimeUnit.SECONDS)
                .submitUpdate(new StreamObserver<>() {
                    @Override
                    public void onNext(SubmitReply value) {
                        result.complete(value);
                    }

                    @Override
                    public void onError(Throwable t) {
                        result.completeExceptionally(t);
                    }

                    @Override
                    public void onCompleted() {
                        result.completeExceptionally(new StatusRuntimeException(Status.INTERNAL.withDescription(
                                "completed without a reply")));
                    }
                });
        chunks.forEach(requests::onNext);
        requests.onCompleted();
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void assertBitwiseEqual(float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                assertEquals(expected[i], actual[i], "index " + i);
            }
        }
    }
}
