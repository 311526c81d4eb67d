package org.moomoo.jobs.listens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz.Order;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.listenbrainz.RecordingSleeper;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The {@code listens} job against a mock ListenBrainz; each test has a user of its own. */
@JobTest
@Import(NoWaiting.class)
@ExtendWith(OutputCaptureExtension.class)
class ListensJobTest {

    static final String TOKEN = "lb-token-must-stay-secret-42";
    static final MockWebServer SERVER = MockServers.started();
    static final long T0 = 1_700_000_000L;
    static final String FROM = "from=" + Instant.ofEpochSecond(T0 - 3600);
    static final String TO = "to=" + Instant.ofEpochSecond(T0 + 86_400);

    @DynamicPropertySource
    static void listenBrainz(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_LISTENBRAINZ_URL", () -> SERVER.url("/").toString());
        properties.add("LISTENBRAINZ_USER_TOKEN", () -> TOKEN);
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSleeper sleeper;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void noWaitsYet() {
        sleeper.clear();
    }

    /** 250 listens, seven to a second, so that every page edge falls inside a second. */
    static FakeListenBrainz history(String username, Order order) {
        FakeListenBrainz fake = new FakeListenBrainz(username, order);
        IntStream.range(0, 250).forEach(i -> fake.listen(T0 + (i / 7) * 60L, i));
        return fake;
    }

    private FakeListenBrainz serve(FakeListenBrainz fake) {
        SERVER.setDispatcher(fake);
        return fake;
    }

    private Outcome listens(String... arguments) throws SQLException {
        return jobs.run("listens", List.of(arguments));
    }

    private List<String> stored(String username) {
        return jdbc.sql("select (json_data - 'user_name')::text from raw.listenbrainz_listens where username = ?"
                        + " order by listen_at_ts_utc, json_data ->> 'recording_msid'")
                .param(username)
                .query(String.class)
                .list();
    }

    private long count(String username) {
        return jdbc.sql("select count(*) from raw.listenbrainz_listens where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void pagesServedNewestFirstLoseAndRepeatNothingAtSecondsSplitByPageEdges() throws SQLException {
        FakeListenBrainz fake = serve(history("newest", Order.NEWEST_FIRST));

        Outcome outcome = listens("username=newest", FROM, TO);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(count("newest")).isEqualTo(250);
        assertThat(jdbc.sql("select count(distinct json_data ->> 'recording_msid') from raw.listenbrainz_listens"
                                + " where username = 'newest'"
                                + " and listen_at_ts_utc = to_timestamp((json_data ->> 'listened_at')::bigint)")
                        .query(Long.class)
                        .single())
                .isEqualTo(250);
        assertThat(fake.requests())
                .allSatisfy(url -> assertThat(url.queryParameter("count")).isEqualTo("100"));
    }

    @Test
    void pagesServedOldestFirstLoseAndRepeatNothingAtSecondsSplitByPageEdges() throws SQLException {
        serve(history("oldest", Order.OLDEST_FIRST));

        Outcome outcome = listens("username=oldest", FROM, TO);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(count("oldest")).isEqualTo(250);
        assertThat(jdbc.sql("select count(distinct json_data ->> 'recording_msid') from raw.listenbrainz_listens"
                                + " where username = 'oldest'")
                        .query(Long.class)
                        .single())
                .isEqualTo(250);
    }

    @Test
    void aRunThatFailedMidwayFinishesWithTheRowsOfAnUninterruptedRun() throws SQLException {
        serve(history("whole", Order.NEWEST_FIRST));
        assertThat(listens("username=whole", FROM, TO).exitCode()).isEqualTo(ExitCodes.COMPLETED);
        FakeListenBrainz fake = serve(history("broken", Order.NEWEST_FIRST));
        fake.failAtPage(3);

        Outcome failed = listens("username=broken", FROM, TO);
        long committedBeforeTheFailure = count("broken");
        Outcome again = listens("username=broken", FROM, TO);

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).contains("malformed JSON");
        assertThat(committedBeforeTheFailure).isBetween(1L, 249L);
        assertThat(again.exitCode()).as(again.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(stored("broken")).isEqualTo(stored("whole"));
        // The second run resumed: it did not fetch the first pages again.
        assertThat(fake.requests().get(3).queryParameter("max_ts"))
                .isNotEqualTo(fake.requests().get(0).queryParameter("max_ts"));
    }

    @Test
    void sinceLastStartsTheBufferBeforeTheNewestStoredListen() throws SQLException {
        FakeListenBrainz fake = serve(history("since", Order.NEWEST_FIRST));
        assertThat(listens("username=since", FROM, TO).exitCode()).isEqualTo(ExitCodes.COMPLETED);
        long newest = fake.times().stream().mapToLong(Long::longValue).max().orElseThrow();
        fake.listen(newest + 3600, 1000).listen(newest + 7200, 1001);
        int before = fake.requests().size();

        Outcome outcome = listens("username=since", "since-last=true", "buffer-days=1");

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(count("since")).isEqualTo(252);
        assertThat(fake.requests().get(before).queryParameter("min_ts")).isEqualTo(String.valueOf(newest - 86_400 - 1));
    }

    @Test
    void sinceLastWithoutStoredListensFailsWithWhatToDo() throws SQLException {
        serve(history("nobody-yet", Order.NEWEST_FIRST));

        Outcome outcome = listens("username=nobody-yet", "since-last=true");

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).isEqualTo("No data found for nobody-yet. Cannot use since-last.");
    }

    @Test
    void sinceLastAndFromTogetherAreRefusedBeforeTheJobStarts() {
        assertThatThrownBy(() -> listens("username=both", "since-last=true", FROM))
                .isInstanceOf(JobControl.UsageException.class)
                .hasMessageContaining("mutually exclusive");
        assertThatThrownBy(() -> listens("username=neither"))
                .isInstanceOf(JobControl.UsageException.class)
                .hasMessageContaining("Must specify either since-last=true or from=DATE");
    }

    @Test
    void anEmptyHistoryCompletesWithNoListensFound(CapturedOutput output) throws SQLException {
        serve(new FakeListenBrainz("empty", Order.NEWEST_FIRST));

        Outcome outcome = listens("username=empty", FROM, TO);

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(output).contains("No listens found");
    }

    @Test
    void a204IsNoListens(CapturedOutput output) throws SQLException {
        SERVER.setDispatcher(always(new MockResponse.Builder().code(204).build()));

        Outcome outcome = listens("username=no-content", FROM, TO);

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(count("no-content")).isZero();
        assertThat(output).contains("No listens found");
    }

    @Test
    void malformedJsonFailsTheJobInOneLineAndWritesNothing() throws SQLException {
        FakeListenBrainz fake = serve(history("malformed", Order.NEWEST_FIRST));
        fake.failAtPage(1);

        Outcome outcome = listens("username=malformed", FROM, TO);

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem())
                .startsWith("ListenBrainz GET /1/user/malformed/listens: malformed JSON")
                .doesNotContain("\n");
        assertThat(count("malformed")).isZero();
    }

    @Test
    void anUnexpectedShapeFailsTheJobWithTheReason() throws SQLException {
        SERVER.setDispatcher(always(new MockResponse.Builder()
                .code(200)
                .body("{\"payload\": {\"count\": 1, \"listens\": {}}}")
                .build()));

        Outcome outcome = listens("username=shape", FROM, TO);

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).endsWith("unexpected answer, no payload.listens array");
        assertThat(count("shape")).isZero();
    }

    @Test
    void aBodyCutShortIsRetriedThenFailsTheJobAndWritesNothing() throws SQLException {
        SERVER.setDispatcher(always(new MockResponse.Builder()
                .code(200)
                .body(FakeListenBrainz.fixtureText("listens-page.json"))
                .onResponseBody(new SocketEffect.CloseSocket())
                .build()));

        Outcome outcome = listens("username=truncated", FROM, TO);

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).contains("connection failed").endsWith("after 5 attempts");
        assertThat(count("truncated")).isZero();
        assertThat(sleeper.waits())
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void aRateLimitedAnswerIsRetriedAfterItsRetryAfter() throws SQLException {
        FakeListenBrainz fake = history("limited", Order.NEWEST_FIRST);
        SERVER.setDispatcher(new Dispatcher() {
            private boolean limited;

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!limited) {
                    limited = true;
                    return new MockResponse.Builder()
                            .code(429)
                            .addHeader("Retry-After", "3")
                            .body("{\"code\": 429, \"error\": \"Rate limit exceeded\"}")
                            .build();
                }
                return fake.dispatch(request);
            }
        });

        Outcome outcome = listens("username=limited", FROM, TO);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(count("limited")).isEqualTo(250);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void theTokenIsSentButNeverShown(CapturedOutput output) throws SQLException {
        SERVER.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String authorization = request.getHeaders().get("Authorization");
                return new MockResponse.Builder()
                        .code(401)
                        .body("{\"code\": 401, \"error\": \"Invalid authorization token. " + authorization.length()
                                + " characters\"}")
                        .build();
            }
        });

        Outcome outcome = listens("username=secret", FROM, TO);

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).contains("HTTP 401").doesNotContain(TOKEN);
        assertThat(String.valueOf(outcome.message())).doesNotContain(TOKEN);
        assertThat(outcome.execution().toJson().toString()).doesNotContain(TOKEN);
        assertThat(output).doesNotContain(TOKEN);
        assertThat(jobs.recent("listens", 50).toString()).doesNotContain(TOKEN);
    }

    private static Dispatcher always(MockResponse response) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return response;
            }
        };
    }
}
