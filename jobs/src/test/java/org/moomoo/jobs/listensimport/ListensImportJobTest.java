package org.moomoo.jobs.listensimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moomoo.jobs.listensimport.ExportFixtures.fixture;
import static org.moomoo.jobs.listensimport.ExportFixtures.zipped;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.launcher.JobControl.UsageException;
import org.moomoo.jobs.listens.ListenKey;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@JobTest
@ExtendWith(OutputCaptureExtension.class)
class ListensImportJobTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void emptyTable() {
        jdbc.sql("TRUNCATE raw.listenbrainz_listens, raw.listenbrainz_user_feedback")
                .update();
    }

    private Outcome run(String... arguments) {
        try {
            return jobs.run("listens-import", List.of(arguments));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Outcome imported(Path file, String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of("file=" + file));
        arguments.addAll(List.of(more));
        Outcome outcome = run(arguments.toArray(String[]::new));
        assertThat(outcome.exitCode())
                .as(String.valueOf(outcome.execution().problem()))
                .isEqualTo(ExitCodes.COMPLETED);
        return outcome;
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("""
                SELECT username, listen_at_ts_utc, json_data ->> 'recording_msid' AS msid,
                       json_data -> 'track_metadata' ->> 'artist_name' AS artist,
                       json_data -> 'track_metadata' ->> 'track_name' AS track,
                       json_data -> 'track_metadata' ->> 'release_name' AS album,
                       json_data -> 'track_metadata' -> 'mbid_mapping' ->> 'recording_mbid' AS recording_mbid,
                       (json_data ->> 'listened_at')::bigint AS listened_at
                FROM raw.listenbrainz_listens ORDER BY listen_at_ts_utc, listen_md5
                """).query().listOfRows();
    }

    private List<String> tracks() {
        return rows().stream().map(r -> (String) r.get("track")).toList();
    }

    @Test
    void aListenBrainzZipExportImportsEveryListenFileUnderTheExportsUser(CapturedOutput output) {
        imported(zipped("listenbrainz-export", temp));

        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(r -> r.get("track")).containsExactly("Hyperballad", "Roads", "Teardrop");
        assertThat(rows).extracting(r -> r.get("username")).containsOnly("rob");
        assertThat(rows.get(0).get("recording_mbid")).isEqualTo("5e4b7d3a-8e2f-4a44-9d52-0c41a5d3a6b1");
        assertThat(output).contains("listens-import: read 3  imported 3  already present 0  skipped by rule 0");
    }

    @Test
    void aListenBrainzExportsLovesAndHatesAreStoredOnceUnderItsUserAndMalformedOnesNamed(CapturedOutput output) {
        Path export = zipped("listenbrainz-export", temp);

        imported(export);
        imported(export);

        assertThat(jdbc.sql("SELECT username, score, recording_mbid::text FROM raw.listenbrainz_user_feedback"
                                + " ORDER BY feedback_at")
                        .query()
                        .listOfRows())
                .containsExactly(
                        Map.of("username", "rob", "score", 1, "recording_mbid", "5e4b7d3a-8e2f-4a44-9d52-0c41a5d3a6b1"),
                        Map.of(
                                "username",
                                "rob",
                                "score",
                                -1,
                                "recording_mbid",
                                "9c8d7e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f"));
        assertThat(output)
                .contains("loves and hates read 3  new 2  already present 0  malformed 1 (feedback.jsonl:3)")
                .contains("loves and hates read 3  new 0  already present 2  malformed 1 (feedback.jsonl:3)");
    }

    @Test
    void importedLovesAreAddedToThoseStoredBefore() {
        jdbc.sql(
                        "INSERT INTO raw.listenbrainz_user_feedback (feedback_md5, username, score, recording_mbid, feedback_at)"
                                + " VALUES ('earlier', 'rob', 1, '11111111-1111-4111-8111-111111111111', now())")
                .update();

        imported(zipped("listenbrainz-export", temp));

        assertThat(jdbc.sql("SELECT count(*) FROM raw.listenbrainz_user_feedback WHERE username = 'rob'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aListenBrainzListenIsStoredVerbatimUnderTheListensJobsKey() {
        imported(zipped("listenbrainz-export", temp));

        Map<String, Object> hyperballad = jdbc.sql("SELECT listen_md5, json_data -> 'track_metadata' -> "
                        + "'additional_info' ->> 'submission_client' AS client FROM raw.listenbrainz_listens "
                        + "WHERE json_data ->> 'recording_msid' = '0d1a8c63-1f8b-4a22-9e3a-3e1c8b9f2a01'")
                .query()
                .singleRow();
        assertThat(hyperballad.get("listen_md5"))
                .isEqualTo(ListenKey.of("rob", "0d1a8c63-1f8b-4a22-9e3a-3e1c8b9f2a01", 1683050400));
        assertThat(hyperballad.get("client")).isEqualTo("Rockbox");
    }

    @Test
    void backslashesTabsAndEscapesInAListenSurviveTheCopyIntoTheTable() throws Exception {
        // A tab between tokens, and escapes COPY's text format would otherwise read as its own.
        String line = "{\"listened_at\":\t1600000000, \"recording_msid\": \"00000000-0000-4000-8000-000000000001\","
                + " \"track_metadata\": {\"artist_name\": \"AC\\\\DC \\\"live\\\"\", \"track_name\":"
                + " \"Tab\\there\\nand \\\\N\", \"additional_info\": {}}}\n";
        Path file = Files.writeString(temp.resolve("escapes.jsonl"), line);

        imported(file, "username=alice");

        Map<String, Object> row = rows().get(0);
        assertThat(row.get("artist")).isEqualTo("AC\\DC \"live\"");
        assertThat(row.get("track")).isEqualTo("Tab\there\nand \\N");
        assertThat(row.get("listened_at")).isEqualTo(1_600_000_000L);
    }

    @Test
    void aSingleJsonLinesFileIsImportedAndAListenWithoutMsidGetsADerivedOne() {
        imported(fixture("listenbrainz-listens.jsonl"), "username=alice");

        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(r -> r.get("track")).containsExactly("Hyperballad", "Roads", "Teardrop");
        assertThat(rows.get(2).get("msid")).isEqualTo(DerivedMsid.of("Massive Attack", "Teardrop", "Mezzanine"));
    }

    @Test
    void theOlderJsonArrayExportIsImportedUnderItsListensUser() {
        imported(fixture("listenbrainz-old.json"));

        assertThat(rows()).extracting(r -> r.get("username")).containsExactly("oldtimer", "oldtimer");
    }

    @Test
    void aLastfmCsvIsReadByHeaderNameWithItsMbids(CapturedOutput output) {
        imported(fixture("lastfm-scrobbles.csv"), "username=alice");

        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(r -> r.get("track")).containsExactly("Hyperballad", "Roads", "Into My Arms");
        assertThat(rows.get(0).get("recording_mbid")).isEqualTo("5e4b7d3a-8e2f-4a44-9d52-0c41a5d3a6b1");
        assertThat(rows.get(1).get("recording_mbid")).isNull();
        assertThat(rows.get(2).get("listened_at")).isEqualTo(1683231300L);
        assertThat(rows.get(2).get("artist")).isEqualTo("Nick Cave & The Bad Seeds");
        assertThat(output).contains("malformed 1 (lastfm-scrobbles.csv:5)");
    }

    @Test
    void aSpotifyZipLeavesOutAndCountsShortPlaysAndPodcasts(CapturedOutput output) {
        imported(zipped("spotify-export", temp), "username=alice");

        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(r -> r.get("track")).containsExactly("Hyperballad", "Teardrop");
        assertThat(rows.get(0).get("album")).isEqualTo("Post");
        // Spotify dates the end of a play; the listen is dated at its start.
        assertThat(rows.get(0).get("listened_at")).isEqualTo(1683050721L - 321);
        assertThat(output)
                .contains("read 4  imported 2  already present 0  skipped by rule 2 (1 shorter than 30 s, 1 podcasts");
    }

    @Test
    void theOlderSpotifyHistoryIsImportedWithoutItsShortPlays() {
        imported(fixture("StreamingHistory0.json"), "username=alice");

        assertThat(tracks()).containsExactly("Hyperballad", "Teardrop");
    }

    @Test
    void autoTellsTheFormatFromTheContentWhateverTheFileIsCalled() throws Exception {
        Path csv = Files.copy(fixture("lastfm-scrobbles.csv"), temp.resolve("scrobbles.txt"));
        Path spotify = Files.copy(fixture("StreamingHistory0.json"), temp.resolve("history.json"));

        imported(csv, "username=alice");
        imported(spotify, "username=bob");

        assertThat(jdbc.sql("SELECT username, count(*) FROM raw.listenbrainz_listens GROUP BY username ORDER BY 1")
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
                        .list())
                .containsExactly("alice=3", "bob=2");
    }

    @Test
    void malformedLinesAreCountedAndReportedWithTheirLineNumbers(CapturedOutput output) {
        imported(fixture("listenbrainz-malformed.jsonl"), "username=alice");

        assertThat(tracks()).containsExactly("Hyperballad", "La femme d'argent");
        assertThat(output)
                .contains("malformed 3 (listenbrainz-malformed.jsonl:2, listenbrainz-malformed.jsonl:3, "
                        + "listenbrainz-malformed.jsonl:4)")
                .contains("malformed listenbrainz-malformed.jsonl:3: no listened_at");
    }

    @Test
    void importingTheSameFileTwiceStoresEachListenOnce(CapturedOutput output) {
        Path export = zipped("spotify-export", temp);
        imported(export, "username=alice");
        List<Map<String, Object>> first = rows();

        imported(export, "username=alice");

        assertThat(rows()).isEqualTo(first);
        assertThat(output).contains("read 4  imported 0  already present 2");
    }

    @Test
    void theSameSongFromLastfmAndSpotifyAtTheSameSecondIsOneListen() throws Exception {
        Path csv = temp.resolve("one.csv");
        Files.writeString(csv, "artist,album,track,uts\nBjörk,Post,Hyperballad,1683050400\n");
        imported(csv, "username=alice");

        imported(zipped("spotify-export", temp), "username=alice");

        assertThat(tracks()).containsExactly("Hyperballad", "Teardrop");
    }

    @Test
    void withoutAUsernameTheRunIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> run("file=" + fixture("lastfm-scrobbles.csv")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("username=")
                .hasMessageContaining("LISTENBRAINZ_USERNAME");
    }

    @Test
    void aFileThatDoesNotExistIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> run("file=" + temp.resolve("nowhere.zip"), "username=alice"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("file=")
                .hasMessageContaining("no such file");
    }

    // A planned failure: inserting one listen fails, as a lost connection would.
    private void failInsertOf(String track) {
        jdbc.sql("""
                CREATE FUNCTION raw.fail_on_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.json_data -> 'track_metadata' ->> 'track_name' = '%s' THEN
                    RAISE EXCEPTION 'injected failure at %%', NEW.json_data -> 'track_metadata' ->> 'track_name';
                  END IF;
                  RETURN NEW;
                END $$
                """.formatted(track)).update();
        jdbc.sql("CREATE TRIGGER poisoned BEFORE INSERT ON raw.listenbrainz_listens "
                        + "FOR EACH ROW EXECUTE FUNCTION raw.fail_on_poisoned()")
                .update();
    }

    private void repair() {
        jdbc.sql("DROP TRIGGER poisoned ON raw.listenbrainz_listens").update();
        jdbc.sql("DROP FUNCTION raw.fail_on_poisoned()").update();
    }

    private Path generatedExport(int listens) throws Exception {
        return generatedExport("generated.jsonl", 0, listens);
    }

    // Listens from..to (exclusive) of the generated history, one a minute.
    private Path generatedExport(String name, int from, int to) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < to; i++) {
            lines.append("{\"listened_at\": ")
                    .append(1_600_000_000L + i * 60L)
                    .append(", \"recording_msid\": \"00000000-0000-4000-8000-")
                    .append(String.format("%012d", i))
                    .append("\", \"track_metadata\": {\"artist_name\": \"Artist ")
                    .append(i % 50)
                    .append("\", \"track_name\": \"Track ")
                    .append(i)
                    .append("\", \"additional_info\": {}}}\n");
        }
        return Files.writeString(temp.resolve(name), lines);
    }

    @Test
    void chunksCopiedStraightInAndChunksMergedWithStoredListensGiveTheSameRows(CapturedOutput output) throws Exception {
        // given: 12,000 listens into an empty table (no chunk overlaps a stored listen)
        Path export = generatedExport(12_000);
        imported(export, "username=alice");
        List<Map<String, Object>> straight = rows();
        jdbc.sql("TRUNCATE raw.listenbrainz_listens").update();

        // when: listens 4,000 to 8,000 are stored first, so the first two chunks of the file overlap
        // them and the third does not
        imported(generatedExport("middle.jsonl", 4000, 8000), "username=alice");
        imported(export, "username=alice");

        // then
        assertThat(rows()).isEqualTo(straight);
        assertThat(output).contains("listens-import: read 12,000  imported 8,000  already present 4,000");
    }

    @Test
    void aStoredListenWhoseTimeColumnLiesOutsideTheChunkIsStillNotStoredTwice(CapturedOutput output) throws Exception {
        // given: a stored listen whose listen_at_ts_utc no longer matches the time in its key, so the
        // chunk's time range finds nothing stored and the chunk is copied straight in
        Path export = generatedExport(3);
        imported(export, "username=alice");
        jdbc.sql("UPDATE raw.listenbrainz_listens SET listen_at_ts_utc = listen_at_ts_utc - interval '10 years'")
                .update();

        // when
        imported(export, "username=alice");

        // then: the copy collides on the key, is taken back, and the chunk is merged instead
        assertThat(jdbc.sql("SELECT count(*) FROM raw.listenbrainz_listens")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(output).contains("listens-import: read 3  imported 0  already present 3");
    }

    @Test
    void theSameListenTwiceInOneFileIsStoredOnce(CapturedOutput output) throws Exception {
        String line = "{\"listened_at\": 1600000000, \"recording_msid\": \"00000000-0000-4000-8000-000000000001\","
                + " \"track_metadata\": {\"artist_name\": \"Artist\", \"track_name\": \"Twice\"}}\n";
        Path file = Files.writeString(temp.resolve("twice.jsonl"), line + line);

        imported(file, "username=alice");

        assertThat(tracks()).containsExactly("Twice");
        assertThat(output).contains("listens-import: read 2  imported 1  already present 1");
    }

    @Test
    void anImportThatFailsMidwayResumesToTheSameRowsAsAnUninterruptedRun(CapturedOutput output) throws Exception {
        // given: 12,000 listens, imported in chunks of 5,000; the second chunk holds Track 7000
        Path export = generatedExport(12_000);
        imported(export, "username=alice");
        List<Map<String, Object>> uninterrupted = rows();
        jdbc.sql("TRUNCATE raw.listenbrainz_listens").update();
        failInsertOf("Track 7000");

        // when
        Outcome failed = run("file=" + export, "username=alice");

        // then: the first chunk is committed, nothing after it
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).contains("injected failure at Track 7000");
        assertThat(jdbc.sql("SELECT count(*) FROM raw.listenbrainz_listens")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5000);

        // when: the cause is fixed and the same command runs again
        repair();
        Outcome resumed = run("file=" + export, "username=alice");

        // then: it reads on from the committed position, and its summary covers the whole file
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.execution().steps().get(0).read()).isEqualTo(7000);
        assertThat(rows()).isEqualTo(uninterrupted);
        assertThat(output).contains("listens-import: read 12,000  imported 12,000  already present 0");
    }
}
