package org.moomoo.jobs.evaluate;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.moomoo.jobs.evaluate.EvaluationReport.CollectionRow;
import org.moomoo.jobs.evaluate.EvaluationReport.SessionRow;

/** The terminal table of {@code moomoo evaluate}: each generator with its baselines under it. */
final class ReportTable {

    private ReportTable() {}

    static void print(EvaluationReport report, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "evaluate %s: models as of %s, holdout to %s (%s)%n",
                report.username(),
                report.cutoff(),
                report.holdoutEnd(),
                settings(report));
        out.printf(
                Locale.ROOT,
                "holdout: %,d plays of %,d library tracks (%,d never played before the cutoff); library %,d files%n%n",
                report.heldOutPlays(),
                report.heldOutTracks(),
                report.novelTracks(),
                report.libraryFiles());
        out.printf(
                Locale.ROOT,
                "%-17s %-12s %9s %7s %8s %9s %7s %7s%n",
                "collection",
                "method",
                "playlists",
                "tracks",
                "hit-pls",
                "precision",
                "recall",
                "novelty");
        String previous = null;
        for (CollectionRow row : report.collections()) {
            CollectionScore score = row.score();
            out.printf(
                    Locale.ROOT,
                    "%-17s %-12s %9d %7d %8s %9s %7s %7s%n",
                    row.generator().equals(previous) ? "" : row.generator(),
                    row.method(),
                    score.playlists(),
                    score.tracks(),
                    percent(score.hitShare()),
                    percent(score.precision()),
                    percent(score.recall()),
                    percent(score.novelty()));
            previous = row.generator();
        }
        out.println();
        int sessions = report.moreLikeThis().get(0).score().sessions();
        out.printf(Locale.ROOT, "more like this over %,d holdout sessions (seeded with their first track)%n", sessions);
        out.printf(Locale.ROOT, "%-12s %9s %7s%n", "method", "hit@20", "MRR");
        for (SessionRow row : report.moreLikeThis()) {
            out.printf(
                    Locale.ROOT,
                    "%-12s %9s %7.3f%n",
                    row.method(),
                    percent(row.score().hitRate()),
                    row.score().mrr());
        }
        out.printf(
                Locale.ROOT,
                "%nin %.1f s (the models as of the cutoff %.1f s)%n",
                report.seconds(),
                report.buildSeconds());
        out.flush();
    }

    static String settings(EvaluationReport report) {
        return "seed " + report.settings().get("seed") + ", " + engineSetting(report.settings());
    }

    /**
     * The engine settings a run compared (embedder, artist-similarity factor, near-duplicate
     * distance), as one label; runs stored before a setting existed show "?" for it.
     */
    static String engineSetting(Map<String, String> settings) {
        return "embedder " + settings.getOrDefault("embedder", "?") + ", cf " + settings.getOrDefault("cf", "?")
                + ", near-duplicate " + settings.getOrDefault("near-duplicate", "?");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
