package org.moomoo.jobs.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small SVG charts written directly into the HTML report: grouped bars and lines, values 0..max. */
final class SvgCharts {

    private static final String[] COLOURS = {"#3366cc", "#dc8a1a", "#7a9a3a", "#aa4488", "#888888"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 50;
    private static final int BOTTOM = 40;
    private static final int TOP = 30;

    private SvgCharts() {}

    /**
     * Bars of each series side by side in each group.
     *
     * @param values values[group][series]; shares are shown as percentages
     */
    static String groupedBars(String title, List<String> groups, List<String> series, double[][] values) {
        double max = niceMax(values);
        StringBuilder svg = start(title);
        axis(svg, max);
        double plotWidth = WIDTH - LEFT - 10;
        double groupWidth = plotWidth / Math.max(1, groups.size());
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        for (int g = 0; g < groups.size(); g++) {
            double x0 = LEFT + g * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double value = values[g][s];
                double h = (HEIGHT - TOP - BOTTOM) * value / max;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %s</title></rect>%n",
                        x0 + s * barWidth,
                        HEIGHT - BOTTOM - h,
                        barWidth - 1,
                        h,
                        COLOURS[s % COLOURS.length],
                        escape(groups.get(g)),
                        escape(series.get(s)),
                        ReportTable.percent(value)));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>%n",
                    x0 + groupWidth * 0.4,
                    HEIGHT - BOTTOM + 15,
                    escape(groups.get(g))));
        }
        legend(svg, series);
        return svg.append("</svg>\n").toString();
    }

    /** One line per series over the x labels (NaN leaves a gap). */
    static String lines(String title, List<String> xLabels, Map<String, double[]> series) {
        double max = niceMax(series.values().toArray(double[][]::new));
        StringBuilder svg = start(title);
        axis(svg, max);
        double step = (WIDTH - LEFT - 30) / (double) Math.max(1, xLabels.size() - 1);
        for (int i = 0; i < xLabels.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n",
                    LEFT + 10 + i * step,
                    HEIGHT - BOTTOM + 15,
                    escape(xLabels.get(i))));
        }
        int s = 0;
        for (Map.Entry<String, double[]> line : series.entrySet()) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.getValue().length; i++) {
                double value = line.getValue()[i];
                if (Double.isNaN(value)) {
                    continue;
                }
                double x = LEFT + 10 + i * step;
                double y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s: %s</title></circle>%n",
                        x,
                        y,
                        COLOURS[s % COLOURS.length],
                        escape(line.getKey()),
                        escape(xLabels.get(i)),
                        ReportTable.percent(value)));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().trim(),
                    COLOURS[s % COLOURS.length]));
            s++;
        }
        legend(svg, List.copyOf(series.keySet()));
        return svg.append("</svg>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static StringBuilder start(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\">%n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                LEFT,
                escape(title)));
        return svg;
    }

    private static void axis(StringBuilder svg, double max) {
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * tick / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>%n",
                    LEFT,
                    y,
                    WIDTH - 10,
                    y,
                    LEFT - 4,
                    y + 3,
                    ReportTable.percent(value)));
        }
    }

    private static void legend(StringBuilder svg, List<String> series) {
        for (int s = 0; s < series.size(); s++) {
            int x = WIDTH - 130;
            int y = TOP + 4 + s * 14;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
                    x,
                    y,
                    COLOURS[s % COLOURS.length],
                    x + 14,
                    y + 9,
                    escape(series.get(s))));
        }
    }

    // The axis top: the largest value rounded up to a tenth (at least 10%), so small shares stay visible.
    private static double niceMax(double[][] values) {
        double max = 0;
        for (double[] row : values) {
            for (double value : row) {
                if (!Double.isNaN(value)) {
                    max = Math.max(max, value);
                }
            }
        }
        return Math.max(0.1, Math.ceil(max * 10) / 10);
    }
}
