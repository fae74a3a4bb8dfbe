package org.ketaminetraining.web.insight;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.wicket.util.string.Strings;

/**
 * The insight pages' charts as inline SVG drawn on the server: no script and no {@code style}, so the strict content
 * security policy has nothing to refuse. Each chart is an image with its words ({@code role="img"},
 * {@code aria-label}); the page always puts the same numbers in a table below it (WCAG 1.1.1), and series differ by
 * shape and dash as well as colour (1.4.1). Colours have at least 3:1 contrast against white (1.4.11).
 */
final class InsightCharts {

    /** One group of bars: a label and up to three shares (0..1, or empty for none). */
    record BarGroup(String label, List<OptionalDouble> shares) {
    }

    /** One series of points on 0..1 axes, x ascending; a missing y breaks the line. */
    record Series(List<double[]> points, String colour, boolean dashed) {
    }

    static final String BLUE = "#0a58ca";
    static final String ORANGE = "#b35900";
    static final String GREY = "#495057";
    private static final String[] BAR_COLOURS = {BLUE, ORANGE, GREY};
    private static final int WIDTH = 320;
    private static final int ROW = 14;
    private static final int LABEL = 40;
    private static final int PLOT = 240;

    private InsightCharts() {
    }

    /** Horizontal bars per group (an answer option: everyone, top third, bottom third), 0..100% left to right. */
    static String bars(List<BarGroup> groups, String label) {
        int series = groups.stream().mapToInt(g -> g.shares().size()).max().orElse(1);
        int groupHeight = series * ROW + 8;
        int height = Math.max(groupHeight, groups.size() * groupHeight);
        StringBuilder svg = open(WIDTH, height, label);
        for (int g = 0; g < groups.size(); g++) {
            BarGroup group = groups.get(g);
            int top = g * groupHeight;
            svg.append("<text x=\"0\" y=\"").append(top + ROW).append("\" font-size=\"12\" fill=\"#212529\">")
                    .append(Strings.escapeMarkup(group.label(), false, false)).append("</text>");
            for (int s = 0; s < group.shares().size(); s++) {
                OptionalDouble share = group.shares().get(s);
                double width = share.isPresent() ? PLOT * Math.max(0, Math.min(1, share.getAsDouble())) : 0;
                int y = top + s * ROW + 2;
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                        .append(number(width)).append("\" height=\"").append(ROW - 3).append("\" fill=\"")
                        .append(BAR_COLOURS[s % BAR_COLOURS.length]).append("\"/>");
                svg.append("<text x=\"").append(number(LABEL + width + 3)).append("\" y=\"").append(y + ROW - 4)
                        .append("\" font-size=\"10\" fill=\"#212529\">")
                        .append(InsightFormat.percent(share)).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Lines on a square plot, both axes 0..1 (months spread evenly along x for a trend; predicted recall for a
     * calibration plot), with an optional dotted diagonal for "perfectly calibrated".
     */
    static String lines(List<Series> series, boolean diagonal, String label) {
        int size = 200;
        int pad = 6;
        StringBuilder svg = open(size + 2 * pad, size + 2 * pad, label);
        svg.append("<rect x=\"").append(pad).append("\" y=\"").append(pad).append("\" width=\"").append(size)
                .append("\" height=\"").append(size).append("\" fill=\"#ffffff\" stroke=\"#6c757d\"/>");
        if (diagonal) {
            svg.append("<line x1=\"").append(pad).append("\" y1=\"").append(pad + size).append("\" x2=\"")
                    .append(pad + size).append("\" y2=\"").append(pad).append("\" stroke=\"#6c757d\" ")
                    .append("stroke-dasharray=\"2 3\"/>");
        }
        for (Series line : series) {
            StringBuilder points = new StringBuilder();
            for (double[] point : line.points()) {
                if (point.length < 2 || Double.isNaN(point[1])) {
                    polyline(svg, points, line);
                    points = new StringBuilder();
                    continue;
                }
                double x = pad + size * point[0];
                double y = pad + size * (1 - point[1]);
                points.append(points.isEmpty() ? "" : " ").append(number(x)).append(',').append(number(y));
                // A square for a dashed series, a circle otherwise: the shape tells the series apart too.
                if (line.dashed()) {
                    svg.append("<rect x=\"").append(number(x - 3)).append("\" y=\"").append(number(y - 3))
                            .append("\" width=\"6\" height=\"6\" fill=\"").append(line.colour()).append("\"/>");
                } else {
                    svg.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                            .append("\" r=\"3\" fill=\"").append(line.colour()).append("\"/>");
                }
            }
            polyline(svg, points, line);
        }
        return svg.append("</svg>").toString();
    }

    private static void polyline(StringBuilder svg, StringBuilder points, Series line) {
        if (points.indexOf(" ") > 0) {
            svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"")
                    .append(line.colour()).append("\" stroke-width=\"2\"")
                    .append(line.dashed() ? " stroke-dasharray=\"6 3\"" : "").append("/>");
        }
    }

    private static StringBuilder open(int width, int height, String label) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insight-chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height)
                // Scales down with the column on a narrow screen (320 px wide); insight.css caps its width.
                .append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(Strings.escapeMarkup(label, false, false)).append("\">");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
