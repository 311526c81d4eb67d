package org.moomoo.jobs.listens;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz.Order;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What {@code listens} and {@code listenbrainz-feedback} store is what the real models read. */
@JobTest
@Import(NoWaiting.class)
class ListensModelsTest {

    static final MockWebServer SERVER = started();
    static final long NOW = Instant.now().getEpochSecond();
    static final FakeListenBrainz HISTORY = new FakeListenBrainz("modelled", Order.NEWEST_FIRST);

    @DynamicPropertySource
    static void listenBrainz(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_LISTENBRAINZ_URL", () -> SERVER.url("/").toString());
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    static MockWebServer started() {
        MockWebServer server = MockServers.started();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/get-feedback")) {
                    return new MockResponse.Builder()
                            .code(200)
                            .body(FakeListenBrainz.fixtureText("feedback-page.json"))
                            .build();
                }
                return HISTORY.dispatch(request);
            }
        });
        return server;
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void buildModelsCountsTheFetchedListensAndFeedback() throws SQLException {
        // 150 listens over the last 5 days (two pages and more): recording n is heard n + 1 times (the last one 14).
        int listen = 0;
        for (int recording = 0; recording < 17; recording++) {
            for (int time = 0; time <= recording && listen < 150; time++, listen++) {
                HISTORY.listen(NOW - 3600 - listen * 2400L, recording);
            }
        }
        String from = "from=" + Instant.ofEpochSecond(NOW - 10 * 86_400);

        assertThat(jobs.run("listens", List.of("username=modelled", from)).exitCode())
                .isEqualTo(ExitCodes.COMPLETED);
        assertThat(jobs.run("listenbrainz-feedback", List.of("username=FAKE")).exitCode())
                .isEqualTo(ExitCodes.COMPLETED);
        assertThat(jobs.run("build-models", List.of()).exitCode()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(jdbc.sql("select count(*) from analytics.listens where username = 'modelled'"
                                + " and recording_mbid = 'b7f1c4e0-6c0a-4d3c-9b3a-2f5f6f1c0a11'"
                                + " and track_name like 'Track %' and duration_ms = 254000")
                        .query(Long.class)
                        .single())
                .isEqualTo(150);
        assertThat(jdbc.sql("select sum(count_listens) from analytics.daily_user_listen_stats"
                                + " where username = 'modelled'")
                        .query(Long.class)
                        .single())
                .isEqualTo(150);
        Map<Long, Long> listensPerRecording = jdbc
                .sql(
                        "select n, count(*) from (select count(*) as n"
                                + " from analytics.listens where username = 'modelled' group by recording_msid) as c group by n")
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(listensPerRecording).containsEntry(1L, 1L).containsEntry(15L, 1L);
        assertThat(jdbc.sql("select count(*) from analytics.listenbrainz_feedback where username = 'FAKE'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
