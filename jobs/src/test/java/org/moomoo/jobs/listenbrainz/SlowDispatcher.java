package org.moomoo.jobs.listenbrainz;

import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Another dispatcher's answers, each sent after a delay, as a far or busy server sends them: a
 * kill test's job then takes long enough to be killed in the middle of its step.
 */
public final class SlowDispatcher extends Dispatcher {

    private final Dispatcher answers;
    private final long delayMillis;

    public SlowDispatcher(Dispatcher answers, long delayMillis) {
        this.answers = answers;
        this.delayMillis = delayMillis;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        return answers.dispatch(request)
                .newBuilder()
                .headersDelay(delayMillis, TimeUnit.MILLISECONDS)
                .build();
    }
}
