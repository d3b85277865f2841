package org.putright.reporting;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server as inline SVG, so they need no JavaScript and print as they look. Each is an image with a
 * title and a description (role="img"); lines differ by dash pattern and marker shape as well as colour, and bars carry
 * their values as text, so nothing depends on telling colours apart. The page puts the data table behind each one.
 * Colours are GOV.UK's blue and red, both above 3:1 against white (WCAG 1.4.11).
 */
final class Charts {

    static final String BLUE = "#1d70b8";
    static final String RED = "#d4351c";
    static final String TEXT = "#0b0c0c";
    static final String GRID = "#b1b4b6";

    /** One line: its name, its values (one per x label), colour, SVG dash pattern (null for solid) and marker. */
    record Series(String name, List<Long> values, String colour, String dash, Marker marker) {
    }

    enum Marker {
        CIRCLE, SQUARE
    }

    /** One bar: its label and value; {@code hatched} draws it striped (used for "not categorised"). */
    record Bar(String label, long value, boolean hatched) {
    }

    private Charts() {
    }

    /** A line chart over the x labels (months), with a legend drawing each line's pattern and marker. */
    static String line(String id, String title, String description, List<String> xLabels, List<Series> series) {
        int width = 720;
        int height = 340;
        int left = 56;
        int right = 24;
        int top = 56;
        int bottom = 56;
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        long max = series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long step = niceStep(max);
        long axisMax = Math.max(step, ((max + step - 1) / step) * step);
        int n = xLabels.size();
        // the points sit inside the grid, so the first and last month's labels are not cut off at the edges
        int inset = 24;
        double dx = n <= 1 ? 0 : (double) (plotWidth - 2 * inset) / (n - 1);
        StringBuilder svg = open(id, title, description, width, height);
        // legend: each line's sample with its marker, then its name
        int legendX = left;
        for (Series s : series) {
            svg.append("<line x1=\"").append(legendX).append("\" y1=\"20\" x2=\"").append(legendX + 36).append("\" y2=\"20\" stroke=\"")
                    .append(s.colour()).append("\" stroke-width=\"3\"").append(dash(s)).append("/>");
            marker(svg, s, legendX + 18, 20);
            svg.append(text(legendX + 44, 25, "start", 15, s.name()));
            legendX += 60 + s.name().length() * 8;
        }
        // horizontal grid and the value axis
        for (long v = 0; v <= axisMax; v += step) {
            double y = top + plotHeight - (double) v / axisMax * plotHeight;
            svg.append("<line x1=\"").append(left).append("\" y1=\"").append(fmt(y)).append("\" x2=\"").append(width - right)
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"1\"/>");
            svg.append(text(left - 8, y + 5, "end", 14, Long.toString(v)));
        }
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(top + plotHeight).append("\" x2=\"").append(width - right)
                .append("\" y2=\"").append(top + plotHeight).append("\" stroke=\"").append(TEXT).append("\" stroke-width=\"1\"/>");
        // labels such as "Apr 2022": the month under each point (thinned so they never overlap), the year under the first
        // month and each January
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i++) {
            String[] parts = xLabels.get(i).split(" ", 2);
            double x = n == 1 ? left + plotWidth / 2.0 : left + inset + i * dx;
            if (i % every == 0) {
                svg.append(text(x, top + plotHeight + 22, "middle", 14, parts[0]));
            }
            if (parts.length > 1 && (i == 0 || parts[0].equals("Jan"))) {
                svg.append(text(x, top + plotHeight + 42, "middle", 14, parts[1]));
            }
        }
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? left + plotWidth / 2.0 : left + inset + i * dx;
                double y = top + plotHeight - (double) s.values().get(i) / axisMax * plotHeight;
                points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"3\"").append(dash(s))
                    .append(" stroke-linejoin=\"round\" points=\"").append(points.toString().strip()).append("\"/>");
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? left + plotWidth / 2.0 : left + inset + i * dx;
                double y = top + plotHeight - (double) s.values().get(i) / axisMax * plotHeight;
                marker(svg, s, x, y);
            }
        }
        return svg.append("</svg>").toString();
    }

    /** A horizontal bar chart: the label on the left, the value written after each bar. */
    static String bars(String id, String title, String description, List<Bar> bars) {
        int width = 720;
        int labelWidth = 230;
        int rowHeight = 34;
        int top = 12;
        int height = top * 2 + Math.max(1, bars.size()) * rowHeight;
        int plotWidth = width - labelWidth - 70;
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        StringBuilder svg = open(id, title, description, width, height);
        svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>")
                .append("<rect width=\"4\" height=\"8\" fill=\"").append(BLUE).append("\"/></pattern></defs>");
        if (bars.isEmpty()) {
            svg.append(text(labelWidth, top + 22, "start", 15, "No complaints in this period"));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * rowHeight;
            double length = max == 0 ? 0 : (double) bar.value() / max * plotWidth;
            svg.append(text(labelWidth - 10, y + 22, "end", 15, shorten(bar.label(), 30)));
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(fmt(y + 6)).append("\" width=\"")
                    .append(fmt(Math.max(length, bar.value() > 0 ? 2 : 0))).append("\" height=\"22\" fill=\"")
                    .append(bar.hatched() ? "url(#" + id + "-hatch)" : BLUE).append("\" stroke=\"").append(BLUE).append("\"/>");
            svg.append(text(labelWidth + length + 8, y + 22, "start", 15, Long.toString(bar.value())));
        }
        svg.append("<line x1=\"").append(labelWidth).append("\" y1=\"").append(top).append("\" x2=\"").append(labelWidth)
                .append("\" y2=\"").append(height - top).append("\" stroke=\"").append(TEXT).append("\" stroke-width=\"1\"/>");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"putright-chart\" role=\"img\" id=\"").append(id)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    private static void marker(StringBuilder svg, Series s, double x, double y) {
        if (s.marker() == Marker.SQUARE) {
            svg.append("<rect x=\"").append(fmt(x - 5)).append("\" y=\"").append(fmt(y - 5)).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(s.colour()).append("\"/>");
        }
        else {
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"5\" fill=\"#ffffff\" stroke=\"")
                    .append(s.colour()).append("\" stroke-width=\"3\"/>");
        }
    }

    private static String dash(Series s) {
        return s.dash() == null ? "" : " stroke-dasharray=\"" + s.dash() + "\"";
    }

    private static String text(double x, double y, String anchor, int size, String words) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\" fill=\"" + TEXT
                + "\">" + escape(words) + "</text>";
    }

    /** 1, 2 or 5 times a power of ten, so the axis has at most about five lines. */
    static long niceStep(long max) {
        if (max <= 5) {
            return 1;
        }
        double raw = max / 5.0;
        long power = (long) Math.pow(10, Math.floor(Math.log10(raw)));
        for (long m : new long[] { 1, 2, 5, 10 }) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
