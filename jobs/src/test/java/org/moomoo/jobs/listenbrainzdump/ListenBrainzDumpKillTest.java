package org.moomoo.jobs.listenbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;

/**
 * {@code listenbrainz-data-dump} killed with SIGKILL in the middle of a dump's transfer (the
 * first dump stored, half of the second sent by a slow FTP server), then run again with the same
 * command: its tables equal those of an uninterrupted run (issues 13 and 16).
 */
@Tag("kill")
class ListenBrainzDumpKillTest {

    static final String JOB = "listenbrainz-data-dump";
    static final int DUMPS = 3;
    static final int LISTENS_PER_DUMP = 6_000;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    static DumpsFtpServer ftp;
    static long archiveBytes;

    @BeforeAll
    static void serveThreeLargeDumps() {
        ftp = DumpsFtpServer.started();
        Random random = new Random(16);
        String[] artists = new String[2_000];
        for (int i = 0; i < artists.length; i++) {
            artists[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        for (int dump = 0; dump < DUMPS; dump++) {
            StringBuilder listens = new StringBuilder();
            for (int i = 0; i < LISTENS_PER_DUMP; i++) {
                listens.append(DumpArchives.listen(
                        1 + random.nextInt(500), artists[random.nextInt(artists.length)], artists[random.nextInt(50)]));
            }
            byte[] archive = ListenBrainzDumpJobTest.archive(listens.toString());
            archiveBytes = archive.length;
            ListenBrainzDumpJobTest.putDumpOn(ftp, 2054 + dump, "2025030" + (1 + dump), archive);
        }
        // About two seconds a dump: a kill half-way through the second one cannot miss it.
        ftp.throttle(archiveBytes / 2);
    }

    @AfterAll
    static void stop() {
        ftp.close();
    }

    @Test
    void killedMidDumpThenRunAgainStoresTheTablesOfAnUninterruptedRun() {
        KillHarness harness = new KillHarness(
                MoomooCommand.class.getName(), Map.of("MOOMOO_LISTENBRAINZ_DUMPS_URL", ftp.url("/incremental")));
        harness.run(REFERENCE.database(), JOB);
        String second = ListenBrainzDumpJobTest.archiveName(2055, "20250302");
        long sentBefore = ftp.bytesSent(second);

        harness.kill(
                KILLED.database(),
                jdbc -> KillHarness.count(jdbc, "select count(*) from raw.listenbrainz_data_dumps") == 1
                        && ftp.bytesSent(second) - sentBefore >= archiveBytes / 2,
                JOB);
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_data_dumps"))
                .as("the kill came after the first dump and before the second was stored")
                .isEqualTo(1);
        harness.resume(KILLED.database(), JOB);

        for (String table : new String[] {
            "select slug, user_id, artist_mbid, listen_count from raw.listenbrainz_data_dump_records"
                    + " order by slug, user_id, artist_mbid",
            "select slug, ftp_path, ftp_modify_ts, date, start_timestamp, end_timestamp"
                    + " from raw.listenbrainz_data_dumps order by slug",
            "select slug, reason from raw.listenbrainz_data_dump_failures order by slug"
        }) {
            assertThat(KillHarness.fingerprint(KILLED.jdbc(), table))
                    .as(table)
                    .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), table));
        }
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_data_dumps"))
                .isEqualTo(DUMPS);
    }
}
