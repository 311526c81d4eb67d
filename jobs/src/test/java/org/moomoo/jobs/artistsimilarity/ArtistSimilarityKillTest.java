package org.moomoo.jobs.artistsimilarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code update-artist-similarity-matrix} killed with SIGKILL in the middle of its fit (half of
 * the ALS iterations done, by its progress lines, on 300,000 generated dump counts), then run
 * again with the same command: the factors equal those of an uninterrupted run.
 */
@Tag("kill")
class ArtistSimilarityKillTest {

    static final String JOB = "update-artist-similarity-matrix";
    static final int USERS = 6_000;
    static final int ARTISTS_PER_USER = 50;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    /** One dump of yesterday: each user listens to 50 of 2,000 artists, a few times each. */
    static void dumpCounts(JdbcClient jdbc) {
        new DumpRows(jdbc).dump("listenbrainz-dump-2054-incremental", 1);
        jdbc.sql("""
                        INSERT INTO raw.listenbrainz_data_dump_records (slug, user_id, artist_mbid, listen_count)
                        SELECT 'listenbrainz-dump-2054-incremental', u,
                               format('00000000-0000-4000-8000-%s', lpad(((u * 7 + k * 13) % 2000)::text, 12, '0'))::uuid,
                               1 + (u * 7 + k * 3) % 9
                          FROM generate_series(1, ?) AS u, generate_series(0, ?) AS k
                        """).params(USERS, ARTISTS_PER_USER - 1).update();
    }

    @Test
    void killedMidFitThenRunAgainStoresTheFactorsOfAnUninterruptedRun() {
        dumpCounts(REFERENCE.jdbc());
        dumpCounts(KILLED.jdbc());
        KillHarness harness = new KillHarness(MoomooCommand.class.getName(), Map.of());
        harness.run(REFERENCE.database(), JOB);

        int half = AlsSettings.ARTIST_SIMILARITY.iterations() / 2;
        harness.killWhenOutput(
                KILLED.database(), (jdbc, output) -> output.contains("als iteration  " + half + "/"), JOB);
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_artist_factors"))
                .as("the factors are replaced in one transaction, which the kill rolled back")
                .isZero();
        harness.resume(KILLED.database(), JOB);

        String rows = "select artist_mbid, factors from raw.listenbrainz_artist_factors order by artist_mbid";
        assertThat(KillHarness.fingerprint(KILLED.jdbc(), rows))
                .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), rows));
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.listenbrainz_artist_factors"))
                .isPositive();
    }
}
