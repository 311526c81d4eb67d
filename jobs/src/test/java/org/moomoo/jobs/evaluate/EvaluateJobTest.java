package org.moomoo.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.evaluate.EvaluationReport.CollectionRow;
import org.moomoo.jobs.evaluate.EvaluationReport.SessionRow;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.launcher.JobControl.UsageException;
import org.moomoo.jobs.testing.AnalyticJobTest;
import org.moomoo.testsupport.library.GeneratedHistory;
import org.moomoo.testsupport.library.GeneratedHistory.Love;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job end to end on a generated library of 400 tracks and 120 days of one listener's history,
 * through the real models: built as of the cutoff in a scratch schema that is dropped afterwards,
 * the published analytics schema left as it was, and the holdout counted as the generated history
 * says.
 */
@AnalyticJobTest
class EvaluateJobTest {

    private static final LocalDate CUTOFF = LocalDate.now(ZoneOffset.UTC).minusDays(28);

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EvaluationStore store;

    private static GeneratedHistory history;

    @BeforeEach
    void aGeneratedLibraryAndHistory() throws Exception {
        if (history == null) {
            history = new GeneratedHistory(
                    new GeneratedMusicLibrary(400, 50, 3),
                    "ada",
                    2_000,
                    120,
                    Instant.now().minus(1, ChronoUnit.HOURS),
                    5);
        }
        if (jdbc.sql("SELECT count(*) FROM raw.listenbrainz_listens")
                        .query(Long.class)
                        .single()
                == 0) {
            history.write(dataSource);
        }
    }

    @Test
    void scoresEveryGeneratorAndBaselineOnTheHoldoutAndLeavesNoScratchSchema() throws Exception {
        Instant cutoff = CUTOFF.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Play> expectedPlays = history.listens().stream()
                .filter(listen -> !listen.at().isBefore(cutoff))
                .map(listen -> new Play(listen.at(), listen.track().path()))
                .toList();
        Set<String> expectedTracks = new HashSet<>();
        expectedPlays.forEach(play -> expectedTracks.add(play.filepath()));
        long lovesBefore = history.loves().stream()
                .filter(love -> love.at().isBefore(cutoff))
                .map(Love::recording)
                .distinct()
                .count();

        Outcome outcome = jobs.run("evaluate", List.of("username=ada", "cutoff=" + CUTOFF, "seed=3"));

        assertThat(outcome.exitCode()).as(outcome.execution().problem()).isEqualTo(ExitCodes.COMPLETED);
        EvaluationReport report =
                store.ofExecution(outcome.execution().executionId()).orElseThrow();
        assertThat(report.cutoff()).isEqualTo(cutoff);
        assertThat(report.libraryFiles()).isEqualTo(400);
        assertThat(report.heldOutPlays()).isEqualTo(expectedPlays.size()).isPositive();
        assertThat(report.heldOutTracks()).isEqualTo(expectedTracks.size());
        assertThat(report.moreLikeThis())
                .extracting(SessionRow::method)
                .containsExactly("generator", "random", "most-played", "album", "artist");
        assertThat(report.moreLikeThis())
                .allSatisfy(row -> assertThat(row.score().sessions())
                        .isEqualTo(Session.of(expectedPlays).size())
                        .isPositive());
        assertThat(report.collections())
                .extracting(CollectionRow::generator)
                .containsOnly("loved-tracks", "revisit-releases", "revisit-tracks", "top-artists", "smart-mixes");
        // Loved tracks: the loves before the cutoff (one file per recording here) and the play spikes.
        assertThat(row(report, "loved-tracks", "generator").score().tracks()).isGreaterThanOrEqualTo((int) lovesBefore);
        for (String generator : List.of("loved-tracks", "top-artists")) {
            assertThat(row(report, generator, "random").score().tracks())
                    .as("the random baseline of %s has its playlist sizes", generator)
                    .isEqualTo(row(report, generator, "generator").score().tracks());
        }
        // Sessions keep to a favourite artist: its neighbours find them far more often than chance.
        assertThat(session(report, "generator").hitRate())
                .isGreaterThan(session(report, "random").hitRate());
        assertThat(session(report, "artist").hitRate())
                .isGreaterThan(session(report, "random").hitRate());

        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'evaluate%'")
                        .query(Long.class)
                        .single())
                .as("the scratch schemas are dropped")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM analytics.listens")
                        .query(Long.class)
                        .single())
                .as("the published analytics schema is never touched")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM raw.moomoo_evaluation_scores s JOIN raw.moomoo_evaluations e"
                                + " ON e.evaluation_id = s.evaluation_id WHERE e.job_execution_id = :execution")
                        .param("execution", outcome.execution().executionId())
                        .query(Long.class)
                        .single())
                .isEqualTo(EvaluationStore.scores(report).size());

        // The same holdout without the artist-similarity factor, stored beside it for the trend.
        Outcome withoutCf = jobs.run("evaluate", List.of("username=ada", "cutoff=" + CUTOFF, "seed=3", "cf=off"));

        assertThat(withoutCf.exitCode()).as(withoutCf.execution().problem()).isEqualTo(ExitCodes.COMPLETED);
        EvaluationReport off =
                store.ofExecution(withoutCf.execution().executionId()).orElseThrow();
        assertThat(off.settings()).containsEntry("cf", "off").containsEntry("embedder", "sonic-v1");
        assertThat(off.heldOutPlays()).isEqualTo(report.heldOutPlays());
        List<EvaluationStore.TrendPoint> trend = store.trend("ada", "hit_rate_at_20");
        assertThat(trend)
                .filteredOn(point -> point.generator().equals("more-like-this")
                        && point.method().equals("generator"))
                .extracting(point -> point.settings().get("cf"))
                .as("the last two runs, in order (another test of this class may have run before)")
                .endsWith("on", "off");

        StringWriter table = new StringWriter();
        ReportTable.print(report, new PrintWriter(table));
        assertThat(table.toString())
                .contains("more like this over " + session(report, "generator").sessions() + " holdout sessions")
                .contains("loved-tracks")
                .doesNotContain("NaN");
        String html = HtmlReport.of(report, trend);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("cf on", "cf off")
                .doesNotContain("NaN", "<script", " src=", " href=");
        assertThat(html.split("<svg", -1)).hasSize(7);
    }

    @Test
    void aNearDuplicateDistanceReplacesTheCalibratedOneForTheRun() throws Exception {
        // Every candidate is within 1000 of the seed, so the guard drops them all.
        Outcome outcome =
                jobs.run("evaluate", List.of("username=ada", "cutoff=" + CUTOFF, "seed=3", "near-duplicate=1000"));

        assertThat(outcome.exitCode()).as(outcome.execution().problem()).isEqualTo(ExitCodes.COMPLETED);
        EvaluationReport report =
                store.ofExecution(outcome.execution().executionId()).orElseThrow();
        assertThat(report.settings()).containsEntry("near-duplicate", "1000");
        assertThat(session(report, "generator").sessions()).isPositive();
        assertThat(session(report, "generator").hitRate()).isZero();
        assertThat(session(report, "random").hitRate()).isPositive();
        assertThat(ReportTable.settings(report)).endsWith("near-duplicate 1000");

        Outcome calibrated = jobs.run("evaluate", List.of("username=ada", "cutoff=" + CUTOFF, "seed=3"));

        assertThat(store.ofExecution(calibrated.execution().executionId())
                        .orElseThrow()
                        .settings()
                        .get("near-duplicate"))
                .startsWith("calibrated ");
    }

    @Test
    void aNearDuplicateDistanceThatIsNotANumberIsAUsageError() {
        for (String bad : List.of("close", "-0.1", "NaN", "Infinity")) {
            assertThatThrownBy(() -> jobs.run("evaluate", List.of("username=ada", "near-duplicate=" + bad)))
                    .isInstanceOf(UsageException.class)
                    .hasMessageContaining("near-duplicate=" + bad + ": expected a distance of at least 0");
        }
    }

    @Test
    void aBadCutoffOrACutoffBesideHoldoutDaysIsAUsageError() {
        assertThatThrownBy(() -> jobs.run("evaluate", List.of("username=ada", "cutoff=last week")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("cutoff=last week: expected a day such as 2025-06-01");
        assertThatThrownBy(() -> jobs.run("evaluate", List.of("username=ada", "cutoff=2025-01-01", "holdout-days=7")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void aCutoffInTheFutureFailsWithAClearMessage() throws Exception {
        Outcome outcome = jobs.run(
                "evaluate",
                List.of(
                        "username=ada",
                        "cutoff=" + LocalDate.now(ZoneOffset.UTC).plusDays(2)));

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.execution().problem()).contains("is not in the past: nothing is held out");
    }

    private static CollectionRow row(EvaluationReport report, String generator, String method) {
        return report.collections().stream()
                .filter(row -> row.generator().equals(generator) && row.method().equals(method))
                .findFirst()
                .orElseThrow();
    }

    private static SessionScore session(EvaluationReport report, String method) {
        return report.moreLikeThis().stream()
                .filter(row -> row.method().equals(method))
                .findFirst()
                .orElseThrow()
                .score();
    }
}
