package org.moomoo.jobs.artiststats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moomoo.jobs.listenbrainz.ScriptedListenBrainz.ok;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.listenbrainz.FakeListenBrainz;
import org.moomoo.jobs.listenbrainz.MockServers;
import org.moomoo.jobs.listenbrainz.NoWaiting;
import org.moomoo.jobs.listenbrainz.ScriptedListenBrainz;
import org.moomoo.jobs.testing.JobTest;
import org.moomoo.jobs.worklist.Md5Key;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What {@code msid-map}, {@code similar-user-activity} and {@code artist-stats} store is what the
 * real models read: build-models, then artist-stats over the artists the models found, then
 * build-models again.
 */
@JobTest
@Import(NoWaiting.class)
class ListenBrainzStatsModelsTest {

    static final String BJORK = "87c5dedd-371d-4a53-9f7f-80522fb7f3cb";
    static final ScriptedListenBrainz LB = new ScriptedListenBrainz();
    static final MockWebServer SERVER = started();

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
        LB.always("/1/metadata/lookup/", url -> ok(FakeListenBrainz.fixtureText("metadata-lookup.json")));
        LB.always("/1/user/FAKE_NAME/similar-users", url -> ok(FakeListenBrainz.fixtureText("similar-users.json")));
        LB.otherwise(url -> {
            String path = url.encodedPath();
            if (path.startsWith("/1/stats/artist/")) {
                return ok(FakeListenBrainz.fixtureText("artist-listeners.json").replace(BJORK, path.split("/")[4]));
            }
            String entity = path.substring(path.lastIndexOf('/') + 1);
            return ok(FakeListenBrainz.fixtureText("user-top-" + entity + ".json"));
        });
        server.setDispatcher(LB);
        return server;
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private void run(String job, String... parameters) throws SQLException {
        assertThat(jobs.run(job, List.of(parameters)).exitCode()).as(job).isEqualTo(ExitCodes.COMPLETED);
    }

    @Test
    void theModelsReadTheMapTheActivityAndTheStats() throws SQLException {
        jdbc.sql(
                        "insert into raw.local_music_files (filepath, recording_md5, recording_name, release_name,"
                                + " artist_name, json_data, file_created_at, file_modified_at)"
                                + " values ('Björk/Post/04 Hyperballad.flac', ?, 'Hyperballad', 'Post', 'Björk',"
                                + " '{\"title\": [\"Hyperballad\"], \"album\": [\"Post\"], \"artist\": [\"Björk\"]}', now(), now())")
                .param(Md5Key.of("Hyperballad", "Post", "Björk"))
                .update();

        run("msid-map", "new=true");
        run("similar-user-activity", "username=FAKE_NAME");
        run("build-models");
        run("artist-stats", "new=true");
        run("build-models");

        assertThat(jdbc.sql("select recording_mbid::text as recording, release_group_mbid::text as release_group,"
                                + " mapped_artist_name from analytics.messybrainz_name_map")
                        .query()
                        .singleRow())
                .containsEntry("recording", "b7f1c4e0-6c0a-4d3c-9b3a-2f5f6f1c0a11")
                .containsEntry("release_group", "5a1c4c3e-6b2b-3f1a-9d6e-2c1b0a9f8e7d")
                .containsEntry("mapped_artist_name", "Björk");
        // Two similar users, three ranges each: artist rows carry the listen counts of the payload.
        List<Map<String, Object>> artists = jdbc.sql("select to_username, time_range, listen_count"
                        + " from analytics.similar_user_activity where entity = 'artist' and mbid = ?::uuid")
                .param(BJORK)
                .query()
                .listOfRows();
        assertThat(artists).hasSize(6).allSatisfy(row -> assertThat(row).containsEntry("listen_count", 42L));
        assertThat(jdbc.sql(
                                "select count(distinct mbid) from analytics.similar_user_activity where entity = 'recording'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // The artists of the map and of the activity were found by the first build and fetched.
        Map<String, Object> stats = jdbc.sql("select artist_name, stats_range, total_user_count, total_listen_count"
                        + " from analytics.listenbrainz_artist_stats where artist_mbid = ?::uuid")
                .param(BJORK)
                .query()
                .singleRow();
        assertThat(stats)
                .containsEntry("artist_name", "Björk")
                .containsEntry("stats_range", "all_time")
                .containsEntry("total_user_count", 40213);
        assertThat(jdbc.sql("select count(*) from analytics.listenbrainz_artist_stats")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
