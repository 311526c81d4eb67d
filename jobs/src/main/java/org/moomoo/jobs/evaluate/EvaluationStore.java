package org.moomoo.jobs.evaluate;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moomoo.jobs.evaluate.EvaluationReport.CollectionRow;
import org.moomoo.jobs.evaluate.EvaluationReport.SessionRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results table of the evaluations (migration V12): the report of each run as JSON, and each
 * score as a row, for the trend over weeks.
 */
public final class EvaluationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public EvaluationStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A stored score, for a trend: when its run's cutoff was, with what settings, and the value. */
    public record TrendPoint(
            String cutoff,
            Map<String, String> settings,
            String generator,
            String method,
            String metric,
            double value) {}

    /**
     * Stores the report of job execution {@code executionId}, replacing what an earlier attempt of
     * the same execution stored, in one transaction.
     */
    public void save(long executionId, EvaluationReport report) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM raw.moomoo_evaluations WHERE job_execution_id = :execution")
                    .param("execution", executionId)
                    .update();
            long id = jdbc.sql("INSERT INTO raw.moomoo_evaluations (job_execution_id, username, cutoff_ts_utc,"
                            + " holdout_end_ts_utc, settings, report) VALUES (:execution, :username, :cutoff, :end,"
                            + " :settings::jsonb, :report::jsonb) RETURNING evaluation_id")
                    .param("execution", executionId)
                    .param("username", report.username())
                    .param("cutoff", Timestamp.from(report.cutoff()))
                    .param("end", Timestamp.from(report.holdoutEnd()))
                    .param("settings", JSON.writeValueAsString(report.settings()))
                    .param("report", JSON.writeValueAsString(report))
                    .query(Long.class)
                    .single();
            scores(report)
                    .forEach((key, value) -> jdbc.sql("INSERT INTO raw.moomoo_evaluation_scores"
                                    + " (evaluation_id, generator, method, metric, value) VALUES (:id, :generator, :method,"
                                    + " :metric, :value)")
                            .param("id", id)
                            .param("generator", key.get(0))
                            .param("method", key.get(1))
                            .param("metric", key.get(2))
                            .param("value", value)
                            .update());
        });
    }

    /** The report job execution {@code executionId} stored, if it stored one. */
    public Optional<EvaluationReport> ofExecution(long executionId) {
        return jdbc.sql("SELECT report::text FROM raw.moomoo_evaluations WHERE job_execution_id = :execution")
                .param("execution", executionId)
                .query(String.class)
                .optional()
                .map(text -> JSON.readValue(text, EvaluationReport.class));
    }

    /** Every stored value of one metric of a user's evaluations, oldest cutoff first. */
    public List<TrendPoint> trend(String username, String metric) {
        return jdbc.sql("SELECT e.cutoff_ts_utc::date::text AS cutoff, e.settings::text AS settings, s.generator,"
                        + " s.method, s.metric, s.value FROM raw.moomoo_evaluations e JOIN raw.moomoo_evaluation_scores s"
                        + " ON s.evaluation_id = e.evaluation_id WHERE e.username = :username AND s.metric = :metric"
                        + " ORDER BY e.cutoff_ts_utc, e.evaluation_id, s.generator, s.method")
                .param("username", username)
                .param("metric", metric)
                .query((rs, i) -> new TrendPoint(
                        rs.getString("cutoff"),
                        settingsOf(rs.getString("settings")),
                        rs.getString("generator"),
                        rs.getString("method"),
                        rs.getString("metric"),
                        rs.getDouble("value")))
                .list();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> settingsOf(String json) {
        return JSON.readValue(json, Map.class);
    }

    /** Each score of the report by (generator, method, metric). */
    static Map<List<String>, Double> scores(EvaluationReport report) {
        Map<List<String>, Double> scores = new LinkedHashMap<>();
        for (CollectionRow row : report.collections()) {
            CollectionScore score = row.score();
            scores.put(List.of(row.generator(), row.method(), "playlists"), (double) score.playlists());
            scores.put(List.of(row.generator(), row.method(), "tracks"), (double) score.tracks());
            scores.put(List.of(row.generator(), row.method(), "hit_share"), score.hitShare());
            scores.put(List.of(row.generator(), row.method(), "precision"), score.precision());
            scores.put(List.of(row.generator(), row.method(), "recall"), score.recall());
            scores.put(List.of(row.generator(), row.method(), "novelty"), score.novelty());
        }
        for (SessionRow row : report.moreLikeThis()) {
            String generator = EvaluationReport.MORE_LIKE_THIS;
            scores.put(List.of(generator, row.method(), "sessions"), (double)
                    row.score().sessions());
            scores.put(
                    List.of(generator, row.method(), "hit_rate_at_20"),
                    row.score().hitRate());
            scores.put(List.of(generator, row.method(), "mrr"), row.score().mrr());
        }
        return scores;
    }
}
