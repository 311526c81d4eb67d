package org.moomoo.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import org.moomoo.testsupport.library.GeneratedHistory;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;

/**
 * {@code evaluate} killed with SIGKILL in the middle of its one step (the models half built as of
 * the cutoff in its scratch schema), then run again with the same command: the scores equal those
 * of an uninterrupted run, and no scratch schema is left behind.
 */
@Tag("kill")
class EvaluateKillTest {

    static final String JOB = "evaluate";

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    static final String SCRATCH_TABLES =
            "select count(*) from pg_tables where schemaname like 'evaluate\\_%\\_\\_build\\_evaluate'";
    static final String SCRATCH_SCHEMAS = "select count(*) from pg_namespace where nspname like 'evaluate\\_%'";

    @Test
    void killedMidBuildThenRunAgainStoresTheScoresOfAnUninterruptedRun() throws SQLException, IOException {
        GeneratedHistory history = new GeneratedHistory(
                new GeneratedMusicLibrary(400, 50, 3),
                "ada",
                2_000,
                120,
                Instant.now().minus(1, ChronoUnit.HOURS),
                5);
        history.write(REFERENCE.dataSource());
        history.write(KILLED.dataSource());
        String[] command = {
            "username=ada", "cutoff=" + LocalDate.now(ZoneOffset.UTC).minusDays(28), "seed=3"
        };
        KillHarness harness = new KillHarness(MoomooCommand.class.getName(), Map.of());
        harness.run(REFERENCE.database(), JOB, command);

        harness.kill(KILLED.database(), jdbc -> KillHarness.count(jdbc, SCRATCH_TABLES) >= 5, JOB, command);
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.moomoo_evaluations"))
                .isZero();
        harness.resume(KILLED.database(), JOB, command);

        for (String table : new String[] {
            "select username, cutoff_ts_utc, settings from raw.moomoo_evaluations order by evaluation_id",
            "select generator, method, metric, value from raw.moomoo_evaluation_scores"
                    + " order by generator, method, metric"
        }) {
            assertThat(KillHarness.fingerprint(KILLED.jdbc(), table))
                    .as(table)
                    .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), table));
        }
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.moomoo_evaluation_scores"))
                .isPositive();
        assertThat(KillHarness.count(KILLED.jdbc(), SCRATCH_SCHEMAS))
                .as("the rerun drops what the killed run left in its scratch schemas")
                .isZero();
    }
}
