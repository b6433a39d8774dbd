package org.veil.federated.transport;

import io.grpc.stub.AbstractStub;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Per-call deadlines for the federation protocol. Every call gets one, so a vanished peer never
 * leaves a thread waiting forever; gRPC propagates the deadline to the server, which sees it as
 * {@code Context.current().getDeadline()}.
 *
 * <p>Defaults ({@link #defaults}): {@code unary} 30 s for Join, SubmitSecAgg and Leave;
 * {@code longPollMargin} 15 s added to a NextTask call's {@code max_wait_millis} (the server
 * answers WAIT by then); {@code transfer} 10 min for DownloadModel and SubmitUpdate (a 100 M-float
 * model is 400 MB, about a minute at 50 Mbit/s, with room for slow links).
 *
 * <p>Thread safety: immutable.
 */
public record CallDeadlines(Duration unary, Duration longPollMargin, Duration transfer) {

    public CallDeadlines {
        ChannelOptions.requirePositive("unary", unary);
        ChannelOptions.requirePositive("longPollMargin", longPollMargin);
        ChannelOptions.requirePositive("transfer", transfer);
    }

    public static CallDeadlines defaults() {
        return new CallDeadlines(Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofMinutes(10));
    }

    /** {@code stub} with the unary deadline. */
    public <S extends AbstractStub<S>> S forUnary(S stub) {
        return stub.withDeadlineAfter(unary.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@code stub} with a deadline of {@code maxWaitMillis} plus the margin (for NextTask). */
    public <S extends AbstractStub<S>> S forLongPoll(S stub, int maxWaitMillis) {
        if (maxWaitMillis < 0) {
            throw new IllegalArgumentException("maxWaitMillis=" + maxWaitMillis + ", allowed: >= 0");
        }
        return stub.withDeadlineAfter(maxWaitMillis + longPollMargin.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@code stub} with the transfer deadline (for DownloadModel and SubmitUpdate). */
    public <S extends AbstractStub<S>> S forTransfer(S stub) {
        return stub.withDeadlineAfter(transfer.toMillis(), TimeUnit.MILLISECONDS);
    }
}
