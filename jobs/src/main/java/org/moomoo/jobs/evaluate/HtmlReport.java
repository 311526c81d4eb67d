package org.moomoo.jobs.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.moomoo.jobs.evaluate.EvaluationReport.CollectionRow;
import org.moomoo.jobs.evaluate.EvaluationReport.SessionRow;
import org.moomoo.jobs.evaluate.EvaluationStore.TrendPoint;

/**
 * The self-contained HTML report of {@code moomoo evaluate}: the table, charts of each generator
 * beside its baselines, "more like this" hit rate per setting (embedder, artist-similarity factor on
 * or off) over the user's stored runs, and its trend over the cutoffs. No script, no external file.
 */
final class HtmlReport {

    private static final List<String> COLLECTION_METHODS =
            List.of(EvaluationReport.GENERATOR, EvaluationReport.RANDOM, EvaluationReport.MOST_PLAYED);

    private HtmlReport() {}

    /**
     * @param hitRates every stored "more like this" hit rate at 20 of the user, oldest first (this run included)
     */
    static String of(EvaluationReport report, List<TrendPoint> hitRates) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>moomoo evaluate: ")
                .append(SvgCharts.escape(report.username()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:900px}")
                .append("table{border-collapse:collapse}td,th{padding:2px 8px;text-align:right}")
                .append("td:first-child,td:nth-child(2),th:first-child,th:nth-child(2){text-align:left}")
                .append("tr.generator{font-weight:bold}</style></head><body>\n");
        html.append("<h1>Backtest of ")
                .append(SvgCharts.escape(report.username()))
                .append("</h1>\n<p>Models built as of ")
                .append(report.cutoff())
                .append(", scored on the listens from then to ")
                .append(report.holdoutEnd())
                .append(" (")
                .append(SvgCharts.escape(ReportTable.settings(report)))
                .append(String.format(
                        Locale.ROOT,
                        "). Holdout: %,d plays of %,d library tracks, %,d of them never played before the cutoff;"
                                + " library %,d files.</p>%n",
                        report.heldOutPlays(),
                        report.heldOutTracks(),
                        report.novelTracks(),
                        report.libraryFiles()));
        collectionTable(html, report);
        List<String> generators = new ArrayList<>(new LinkedHashSet<>(
                report.collections().stream().map(CollectionRow::generator).toList()));
        html.append(SvgCharts.groupedBars(
                "Precision: share of playlist tracks played in the holdout",
                generators,
                COLLECTION_METHODS,
                collectionValues(report, generators, CollectionScore::precision)));
        html.append(SvgCharts.groupedBars(
                "Recall: share of the held-out tracks in the playlists",
                generators,
                COLLECTION_METHODS,
                collectionValues(report, generators, CollectionScore::recall)));
        html.append(SvgCharts.groupedBars(
                "Playlists with at least one held-out play",
                generators,
                COLLECTION_METHODS,
                collectionValues(report, generators, CollectionScore::hitShare)));
        sessionTable(html, report);
        List<String> methods =
                report.moreLikeThis().stream().map(SessionRow::method).toList();
        double[][] sessionValues = new double[2][methods.size()];
        for (int m = 0; m < methods.size(); m++) {
            sessionValues[0][m] = report.moreLikeThis().get(m).score().hitRate();
            sessionValues[1][m] = report.moreLikeThis().get(m).score().mrr();
        }
        html.append(SvgCharts.groupedBars(
                "More like this: hit rate at 20 and MRR", List.of("hit rate at 20", "MRR"), methods, sessionValues));
        perSetting(html, hitRates);
        trend(html, hitRates);
        return html.append("</body></html>\n").toString();
    }

    private static void collectionTable(StringBuilder html, EvaluationReport report) {
        html.append("<h2>Collections</h2>\n<table><tr><th>collection</th><th>method</th><th>playlists</th>")
                .append("<th>tracks</th><th>with a hit</th><th>precision</th><th>recall</th><th>novelty</th></tr>\n");
        for (CollectionRow row : report.collections()) {
            CollectionScore score = row.score();
            html.append("<tr class=\"")
                    .append(row.method())
                    .append("\"><td>")
                    .append(SvgCharts.escape(row.generator()))
                    .append("</td><td>")
                    .append(row.method())
                    .append(String.format(
                            Locale.ROOT,
                            "</td><td>%d</td><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                            score.playlists(),
                            score.tracks(),
                            ReportTable.percent(score.hitShare()),
                            ReportTable.percent(score.precision()),
                            ReportTable.percent(score.recall()),
                            ReportTable.percent(score.novelty())));
        }
        html.append("</table>\n");
    }

    private static void sessionTable(StringBuilder html, EvaluationReport report) {
        html.append(String.format(
                Locale.ROOT,
                "<h2>More like this</h2>%n<p>%,d holdout sessions (listens less than 30 minutes apart, at least 3"
                        + " library tracks), each seeded with its first track.</p>%n",
                report.moreLikeThis().get(0).score().sessions()));
        html.append("<table><tr><th>method</th><th></th><th>hit rate at 20</th><th>MRR</th></tr>\n");
        for (SessionRow row : report.moreLikeThis()) {
            html.append("<tr class=\"")
                    .append(row.method())
                    .append("\"><td>")
                    .append(row.method())
                    .append(String.format(
                            Locale.ROOT,
                            "</td><td></td><td>%s</td><td>%.3f</td></tr>%n",
                            ReportTable.percent(row.score().hitRate()),
                            row.score().mrr()));
        }
        html.append("</table>\n");
    }

    // The latest "more like this" hit rate of each engine setting, generator beside random.
    private static void perSetting(StringBuilder html, List<TrendPoint> hitRates) {
        Map<String, double[]> latest = new LinkedHashMap<>();
        for (TrendPoint point : hitRates) {
            if (!point.generator().equals(EvaluationReport.MORE_LIKE_THIS)) {
                continue;
            }
            String setting = ReportTable.engineSetting(point.settings());
            double[] values = latest.computeIfAbsent(setting, key -> new double[] {Double.NaN, Double.NaN});
            if (point.method().equals(EvaluationReport.GENERATOR)) {
                values[0] = point.value();
            } else if (point.method().equals(EvaluationReport.RANDOM)) {
                values[1] = point.value();
            }
        }
        double[][] values = latest.values().stream()
                .map(pair -> new double[] {zeroIfNaN(pair[0]), zeroIfNaN(pair[1])})
                .toArray(double[][]::new);
        html.append(
                        "<h2>Settings compared</h2>\n<p>The latest run of each embedder, artist-similarity and near-duplicate setting.</p>\n")
                .append(SvgCharts.groupedBars(
                        "More like this: hit rate at 20 per setting",
                        List.copyOf(latest.keySet()),
                        List.of(EvaluationReport.GENERATOR, EvaluationReport.RANDOM),
                        values));
    }

    // The generator's and the random baseline's hit rate over the stored cutoffs (the last run of each day).
    private static void trend(StringBuilder html, List<TrendPoint> hitRates) {
        List<String> cutoffs = new ArrayList<>(
                new LinkedHashSet<>(hitRates.stream().map(TrendPoint::cutoff).toList()));
        Map<String, double[]> series = new LinkedHashMap<>();
        for (String method : List.of(EvaluationReport.GENERATOR, EvaluationReport.RANDOM)) {
            double[] values = new double[cutoffs.size()];
            Arrays.fill(values, Double.NaN);
            series.put(method, values);
        }
        for (TrendPoint point : hitRates) {
            double[] values = series.get(point.method());
            if (values != null && point.generator().equals(EvaluationReport.MORE_LIKE_THIS)) {
                values[cutoffs.indexOf(point.cutoff())] = point.value();
            }
        }
        html.append("<h2>Over the weeks</h2>\n")
                .append(SvgCharts.lines("More like this: hit rate at 20 by cutoff", cutoffs, series));
    }

    private static double zeroIfNaN(double value) {
        return Double.isNaN(value) ? 0.0 : value;
    }

    private static double[][] collectionValues(
            EvaluationReport report, List<String> generators, ToDoubleFunction<CollectionScore> metric) {
        double[][] values = new double[generators.size()][COLLECTION_METHODS.size()];
        for (CollectionRow row : report.collections()) {
            int g = generators.indexOf(row.generator());
            int m = COLLECTION_METHODS.indexOf(row.method());
            if (g >= 0 && m >= 0) {
                values[g][m] = metric.applyAsDouble(row.score());
            }
        }
        return values;
    }
}
