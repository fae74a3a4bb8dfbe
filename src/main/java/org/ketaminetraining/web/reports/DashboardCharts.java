package org.ketaminetraining.web.reports;

import java.util.List;
import java.util.Locale;
import org.apache.wicket.util.string.Strings;
import org.ketaminetraining.compliance.CompletionTrend;

/**
 * The dashboard's two small charts as inline SVG, drawn on the server: no script, nothing for the strict content
 * security policy to refuse (presentation attributes, no {@code style}). Each is an image with its words given
 * ({@code role="img"} and {@code aria-label}); the page puts the same numbers in a table beside it, and colour is
 * never the only way to read them.
 */
final class DashboardCharts {

    /** One part of the bar: how many and its colour (contrast at least 3:1 against white). */
    record Part(int value, String colour) {
    }

    private static final int WIDTH = 300;
    private static final int BAR_HEIGHT = 24;
    private static final int TREND_HEIGHT = 80;

    private DashboardCharts() {
    }

    /** A bar split in proportion to the parts, left to right. */
    static String bar(List<Part> parts, String label) {
        int total = parts.stream().mapToInt(Part::value).sum();
        StringBuilder svg = open(WIDTH, BAR_HEIGHT, label);
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" fill=\"#ffffff\" stroke=\"#6c757d\"/>");
        double x = 0;
        for (Part part : parts) {
            if (total == 0 || part.value() == 0) {
                continue;
            }
            double width = (double) WIDTH * part.value() / total;
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"0\" width=\"").append(number(width))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(part.colour())
                    .append("\"/>");
            x += width;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The completion rate of each month as a line from 0% (bottom) to 100% (top); a month without anyone expected
     * breaks the line rather than drawing a rate of 0.
     */
    static String trend(List<CompletionTrend.Month> months, String label) {
        StringBuilder svg = open(WIDTH, TREND_HEIGHT, label);
        svg.append("<line x1=\"0\" y1=\"").append(TREND_HEIGHT - 1).append("\" x2=\"").append(WIDTH)
                .append("\" y2=\"").append(TREND_HEIGHT - 1).append("\" stroke=\"#6c757d\"/>");
        double step = months.size() < 2 ? 0 : (double) (WIDTH - 8) / (months.size() - 1);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            CompletionTrend.Month month = months.get(i);
            if (month.rate().isEmpty()) {
                points = flush(svg, points);
                continue;
            }
            double x = 4 + i * step;
            double y = 4 + (TREND_HEIGHT - 8) * (1 - month.rate().getAsDouble());
            points.append(points.isEmpty() ? "" : " ").append(number(x)).append(',').append(number(y));
            svg.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                    .append("\" r=\"3\" fill=\"#0a58ca\"/>");
        }
        flush(svg, points);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder flush(StringBuilder svg, StringBuilder points) {
        if (points.indexOf(" ") > 0) {
            svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"#0a58ca\" ")
                    .append("stroke-width=\"2\"/>");
        }
        return new StringBuilder();
    }

    private static StringBuilder open(int width, int height, String label) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dashboard-chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" height=\"").append(height)
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .append(Strings.escapeMarkup(label, false, false)).append("\">");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
