package org.moomoo.jobs.listenbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.testing.JobTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code listenbrainz-data-dump} against a real FTP server serving archives the tests build: what
 * it stores, what it skips, and how each kind of broken dump is marked failed, stores nothing and
 * is stored by the next run.
 */
@JobTest
class ListenBrainzDumpJobTest {

    static final DumpsFtpServer FTP = DumpsFtpServer.started();

    static final String A = "00000000-0000-0000-0000-00000000000a";
    static final String B = "00000000-0000-0000-0000-00000000000b";
    static final String C = "00000000-0000-0000-0000-00000000000c";

    @DynamicPropertySource
    static void dumps(DynamicPropertyRegistry properties) {
        properties.add("MOOMOO_LISTENBRAINZ_DUMPS_URL", () -> FTP.url("/incremental"));
        properties.add("moomoo.listenbrainz-dumps.timeout", () -> "10s");
    }

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stop() {
        FTP.close();
    }

    @BeforeEach
    void emptyServerAndTables() {
        FTP.clear();
        FTP.refuseLogins(false);
        FTP.breakOffTransfersOf(null);
        jdbc.sql("delete from raw.listenbrainz_data_dump_records").update();
        jdbc.sql("delete from raw.listenbrainz_data_dumps").update();
        jdbc.sql("delete from raw.listenbrainz_data_dump_failures").update();
    }

    /** The archive name of dump {@code number} of {@code day} (yyyyMMdd), as ListenBrainz names them. */
    static String archiveName(int number, String day) {
        return "listenbrainz-listens-dump-" + number + "-" + day + "-000003-incremental.tar.zst";
    }

    static String folder(int number, String day) {
        return "listenbrainz-dump-" + number + "-" + day + "-000003-incremental";
    }

    /** Puts a dump folder as ListenBrainz lays it out: the archive, its Spark twin, checksums. */
    static Path putDump(int number, String day, byte[] archive) {
        return putDumpOn(FTP, number, day, archive);
    }

    /** {@link #putDump} on another server. */
    static Path putDumpOn(DumpsFtpServer ftp, int number, String day, byte[] archive) {
        String folder = "incremental/" + folder(number, day) + "/";
        ftp.put(folder + archiveName(number, day) + ".md5", "0123  x\n".getBytes());
        ftp.put(folder + "listenbrainz-spark-dump-" + number + "-" + day + "-000003-incremental.tar.zst", archive);
        return ftp.put(folder + archiveName(number, day), archive);
    }

    static byte[] archive(String listens) {
        return DumpArchives.sample().add("listens/2025/2.listens", listens).bytes();
    }

    /** The second day's archive: most of the listens, and one without an artist. */
    static byte[] secondDay() {
        return archive(DumpArchives.listen(2, C).repeat(300) + DumpArchives.listen(1, A) + DumpArchives.listen(3));
    }

    /** Three days of listens. */
    static void putThreeDumps() {
        putDump(2054, "20250301", archive(DumpArchives.listen(1, A, B) + DumpArchives.listen(1, A)));
        putDump(2055, "20250302", secondDay());
        putDump(2056, "20250303", archive(DumpArchives.listen(2, B)));
    }

    private Outcome run() throws SQLException {
        return jobs.run("listenbrainz-data-dump", List.of());
    }

    private List<String> records() {
        return jdbc.sql("select slug, user_id, artist_mbid::text, listen_count from raw.listenbrainz_data_dump_records"
                        + " order by slug, user_id, artist_mbid")
                .query((row, n) -> row.getString(1).replaceAll("listenbrainz-dump-(\\d+)-.*", "$1") + " "
                        + row.getInt(2) + " " + row.getString(3).substring(35) + " " + row.getInt(4))
                .list();
    }

    private List<Map<String, Object>> dumps() {
        return jdbc.sql("select slug, ftp_path, ftp_modify_ts, date, start_timestamp, end_timestamp"
                        + " from raw.listenbrainz_data_dumps order by slug")
                .query()
                .listOfRows();
    }

    private List<Map<String, Object>> failures() {
        return jdbc.sql("select slug, reason from raw.listenbrainz_data_dump_failures order by slug")
                .query()
                .listOfRows();
    }

    @Test
    void storesTheListenCountsOfEachDumpPerUserAndArtist() throws SQLException {
        // given
        putThreeDumps();

        // when
        Outcome outcome = run();

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(records()).containsExactly("2054 1 a 2", "2054 1 b 1", "2055 1 a 1", "2055 2 c 300", "2056 2 b 1");
        assertThat(dumps()).hasSize(3);
        Map<String, Object> first = dumps().get(0);
        assertThat(first.get("slug")).isEqualTo(folder(2054, "20250301"));
        assertThat(first.get("ftp_path"))
                .isEqualTo("/incremental/" + folder(2054, "20250301") + "/" + archiveName(2054, "20250301"));
        assertThat(first.get("date").toString()).isEqualTo("2025-03-01");
        assertThat(((java.sql.Timestamp) first.get("start_timestamp")).toInstant())
                .isEqualTo(Instant.parse("2025-02-13T00:00:00Z"));
        assertThat(((java.sql.Timestamp) first.get("end_timestamp")).toInstant())
                .isEqualTo(Instant.parse("2025-02-14T00:00:00Z"));
        assertThat(outcome.execution().steps().get(0).written()).isEqualTo(5);
    }

    @Test
    void theOriginalsFlatFixtureGivesFourRecords() throws SQLException, IOException {
        // given: the archive directly in the folder, as the original's test lays it
        Path file = FTP.put(
                "incremental/listenbrainz-listens-dump-20250213-incremental.tar.zst",
                archive(DumpArchives.SAMPLE_LISTENS));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-02-13T00:00:00Z")));

        // when
        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);

        // then
        assertThat(dumps()).singleElement().satisfies(dump -> {
            assertThat(dump.get("slug")).isEqualTo("listenbrainz-listens-dump-20250213-incremental.tar.zst");
            assertThat(dump.get("date").toString()).isEqualTo("2025-02-13");
            assertThat(((java.sql.Timestamp) dump.get("ftp_modify_ts")).toInstant())
                    .isEqualTo(Instant.parse("2025-02-13T00:00:00Z"));
        });
        assertThat(jdbc.sql("select count(*) from raw.listenbrainz_data_dump_records")
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aSecondRunSkipsStoredDumpsAndAModifiedDumpReplacesItsCounts() throws SQLException, IOException {
        // given
        putThreeDumps();
        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<String> first = records();
        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(records()).isEqualTo(first);
        Path changed =
                putDump(2056, "20250303", archive(DumpArchives.listen(2, B).repeat(4)));
        Instant later = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Files.setLastModifiedTime(changed, FileTime.from(later));

        // when
        Outcome outcome = run();

        // then: only the modified dump was read again, and its stored row says when it changed
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(outcome.execution().steps().get(0).read()).isEqualTo(1);
        assertThat(records()).containsExactly("2054 1 a 2", "2054 1 b 1", "2055 1 a 1", "2055 2 c 300", "2056 2 b 4");
        assertThat(((java.sql.Timestamp) dumps().get(2).get("ftp_modify_ts")).toInstant())
                .isEqualTo(later);
    }

    @Test
    void anEmptyFolderIsNothingToDo() throws SQLException {
        FTP.put("incremental/README", "nothing yet".getBytes());

        Outcome outcome = run();

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(dumps()).isEmpty();
    }

    @Test
    void aTruncatedArchiveIsMarkedFailedAndStoredByTheNextRun() throws SQLException {
        byte[] whole = secondDay();
        putThreeDumps();
        putDump(2055, "20250302", java.util.Arrays.copyOf(whole, whole.length * 2 / 3));

        assertFailsAloneThenRecovers(() -> putDump(2055, "20250302", whole), "truncated or corrupt");
    }

    @Test
    void aCorruptZstdFrameIsMarkedFailedAndStoredByTheNextRun() throws SQLException {
        byte[] whole = secondDay();
        byte[] corrupt = whole.clone();
        for (int i = corrupt.length / 2; i < corrupt.length / 2 + 8; i++) {
            corrupt[i] ^= (byte) 0xff;
        }
        putThreeDumps();
        putDump(2055, "20250302", corrupt);

        assertFailsAloneThenRecovers(() -> putDump(2055, "20250302", whole), archiveName(2055, "20250302"));
    }

    @Test
    void aMalformedListenIsMarkedFailedAndStoredByTheNextRun() throws SQLException {
        putThreeDumps();
        putDump(2055, "20250302", archive(DumpArchives.listen(2, C).repeat(300) + "{\"user_id\": 1, \"track_\n"));

        assertFailsAloneThenRecovers(
                () -> putDump(2055, "20250302", secondDay()), "listens/2025/2.listens line 301: malformed JSON");
    }

    @Test
    void aTransferThatBreaksOffIsMarkedFailedAndStoredByTheNextRun() throws SQLException {
        putThreeDumps();
        FTP.breakOffTransfersOf(archiveName(2055, "20250302"));

        assertFailsAloneThenRecovers(() -> FTP.breakOffTransfersOf(null), archiveName(2055, "20250302"));
    }

    @Test
    void aDumpWhoseNameHasNoDateIsMarkedFailedNamingTheFile() throws SQLException {
        FTP.put("incremental/listens-odd.tar.zst", archive(DumpArchives.SAMPLE_LISTENS));

        Outcome outcome = run();

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure.get("reason"))
                        .asString()
                        .contains("/incremental/listens-odd.tar.zst", "20250301"));
    }

    @Test
    void aRefusedLoginFailsTheRunAndStoresNothing() throws SQLException {
        // given
        putThreeDumps();
        FTP.refuseLogins(true);

        // when
        Outcome refused = run();

        // then
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.execution().problem()).contains("refused the anonymous login", "530");
        assertThat(dumps()).isEmpty();
        FTP.refuseLogins(false);
        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(records()).hasSize(5);
    }

    /**
     * Run 1 fails with dump 2055 broken: the others are stored, 2055 has a failure with
     * {@code reason} and no counts. After {@code repair}, run 2 completes, and the tables equal those
     * of an uninterrupted run into empty tables.
     */
    private void assertFailsAloneThenRecovers(Runnable repair, String reason) throws SQLException {
        // when
        Outcome failed = run();

        // then
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).contains("1 of 3 dump(s) could not be stored", reason);
        assertThat(failures()).singleElement().satisfies(failure -> {
            assertThat(failure.get("slug")).isEqualTo(folder(2055, "20250302"));
            assertThat(failure.get("reason")).asString().contains(reason);
        });
        assertThat(records()).containsExactly("2054 1 a 2", "2054 1 b 1", "2056 2 b 1");
        assertThat(dumps()).extracting(dump -> dump.get("slug")).doesNotContain(folder(2055, "20250302"));

        // when
        repair.run();
        Outcome resumed = run();

        // then
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.execution().steps().get(0).read()).isEqualTo(1);
        assertThat(failures()).isEmpty();
        List<String> recordsAfterRecovery = records();
        List<Map<String, Object>> dumpsAfterRecovery = dumps();
        jdbc.sql("delete from raw.listenbrainz_data_dump_records").update();
        jdbc.sql("delete from raw.listenbrainz_data_dumps").update();
        assertThat(run().exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(recordsAfterRecovery)
                .isEqualTo(records())
                .containsExactly("2054 1 a 2", "2054 1 b 1", "2055 1 a 1", "2055 2 c 300", "2056 2 b 1");
        assertThat(dumpsAfterRecovery).isEqualTo(dumps());
    }
}
