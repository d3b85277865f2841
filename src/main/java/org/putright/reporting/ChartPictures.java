package org.putright.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The report's charts as PNG pictures for the PDF and the DOCX, drawn with Java2D from the same values as the SVG
 * charts on the pages and in the same way (blue solid line with circles, red dashed line with squares, values written on
 * the bars, "not categorised" striped), because the PDF renderer does not draw SVG. Drawn at twice the size for print.
 */
final class ChartPictures {

    static final int WIDTH = 720;
    private static final int SCALE = 2;
    private static final Color BLUE = Color.decode(Charts.BLUE);
    private static final Color RED = Color.decode(Charts.RED);
    private static final Color TEXT = Color.decode(Charts.TEXT);
    private static final Color GRID = Color.decode(Charts.GRID);
    private static final Font FONT = load();

    private ChartPictures() {
    }

    /** A picture of the chart and its height in the chart's own units (width {@link #WIDTH}). */
    record Picture(byte[] png, int width, int height) {
    }

    static Picture of(ReportDocument.Chart chart) {
        return chart.line() ? line(chart) : bars(chart);
    }

    private static Picture line(ReportDocument.Chart c) {
        int width = WIDTH;
        int height = 340;
        int left = 56;
        int right = 24;
        int top = 56;
        int bottom = 56;
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        long max = c.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
        long step = Charts.niceStep(max);
        long axisMax = Math.max(step, ((max + step - 1) / step) * step);
        int n = c.labels().size();
        int inset = 24;
        double dx = n <= 1 ? 0 : (double) (plotWidth - 2 * inset) / (n - 1);
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        int legendX = left;
        for (int s = 0; s < c.names().size(); s++) {
            lineStyle(g, s);
            g.draw(new Line2D.Double(legendX, 20, legendX + 36, 20));
            marker(g, s, legendX + 18, 20);
            text(g, c.names().get(s), legendX + 44, 25, 15, -1);
            legendX += 60 + c.names().get(s).length() * 8;
        }
        for (long v = 0; v <= axisMax; v += step) {
            double y = top + plotHeight - (double) v / axisMax * plotHeight;
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1));
            g.draw(new Line2D.Double(left, y, width - right, y));
            text(g, Long.toString(v), left - 8, y + 5, 14, 1);
        }
        g.setColor(TEXT);
        g.draw(new Line2D.Double(left, top + plotHeight, width - right, top + plotHeight));
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i++) {
            String[] parts = c.labels().get(i).split(" ", 2);
            double x = n == 1 ? left + plotWidth / 2.0 : left + inset + i * dx;
            if (i % every == 0) {
                text(g, parts[0], x, top + plotHeight + 22, 14, 0);
            }
            if (parts.length > 1 && (i == 0 || parts[0].equals("Jan"))) {
                text(g, parts[1], x, top + plotHeight + 42, 14, 0);
            }
        }
        for (int s = 0; s < c.values().size(); s++) {
            List<Long> values = c.values().get(s);
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? left + plotWidth / 2.0 : left + inset + i * dx;
                double y = top + plotHeight - (double) values.get(i) / axisMax * plotHeight;
                if (i == 0) {
                    path.moveTo(x, y);
                }
                else {
                    path.lineTo(x, y);
                }
            }
            lineStyle(g, s);
            g.draw(path);
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? left + plotWidth / 2.0 : left + inset + i * dx;
                marker(g, s, x, top + plotHeight - (double) values.get(i) / axisMax * plotHeight);
            }
        }
        return finish(g, image, width, height);
    }

    private static Picture bars(ReportDocument.Chart c) {
        int width = WIDTH;
        int labelWidth = 230;
        int rowHeight = 34;
        int top = 12;
        int count = c.labels().size();
        int height = top * 2 + Math.max(1, count) * rowHeight;
        int plotWidth = width - labelWidth - 70;
        List<Long> values = c.values().getFirst();
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        if (count == 0) {
            text(g, "No complaints in this period", labelWidth, top + 22, 15, -1);
        }
        BufferedImage stripes = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                stripes.setRGB(x, y, ((x + y) % 8 < 4 ? BLUE : Color.WHITE).getRGB());
            }
        }
        for (int i = 0; i < count; i++) {
            double y = top + i * rowHeight;
            long value = values.get(i);
            double length = max == 0 ? 0 : (double) value / max * plotWidth;
            String label = c.labels().get(i);
            text(g, label.length() <= 30 ? label : label.substring(0, 29) + "…", labelWidth - 10, y + 22, 15, 1);
            Rectangle2D bar = new Rectangle2D.Double(labelWidth, y + 6, Math.max(length, value > 0 ? 2 : 0), 22);
            g.setPaint("Not categorised".equals(label) ? new TexturePaint(stripes, new Rectangle2D.Double(0, 0, 8, 8)) : BLUE);
            g.fill(bar);
            g.setColor(BLUE);
            g.setStroke(new BasicStroke(1));
            g.draw(bar);
            text(g, Long.toString(value), labelWidth + length + 8, y + 22, 15, -1);
        }
        g.setColor(TEXT);
        g.draw(new Line2D.Double(labelWidth, top, labelWidth, height - top));
        return finish(g, image, width, height);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        return g;
    }

    private static Picture finish(Graphics2D g, BufferedImage image, int width, int height) {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Picture(out.toByteArray(), width, height);
    }

    private static void lineStyle(Graphics2D g, int series) {
        g.setColor(series == 0 ? BLUE : RED);
        g.setStroke(series == 0 ? new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] { 8, 5 }, 0));
    }

    private static void marker(Graphics2D g, int series, double x, double y) {
        if (series == 0) {
            Rectangle2D box = new Rectangle2D.Double(x - 5, y - 5, 10, 10);
            java.awt.geom.Ellipse2D circle = new java.awt.geom.Ellipse2D.Double(box.getX(), box.getY(), 10, 10);
            g.setColor(Color.WHITE);
            g.fill(circle);
            g.setColor(BLUE);
            g.setStroke(new BasicStroke(3));
            g.draw(circle);
        }
        else {
            g.setColor(RED);
            g.fill(new Rectangle2D.Double(x - 5, y - 5, 10, 10));
        }
    }

    /** Text at x (align -1 start, 0 middle, 1 end) with its baseline at y. */
    private static void text(Graphics2D g, String words, double x, double y, int size, int align) {
        g.setFont(FONT.deriveFont((float) size));
        g.setColor(TEXT);
        double w = g.getFontMetrics().stringWidth(words);
        g.drawString(words, (float) (align < 0 ? x : align == 0 ? x - w / 2 : x - w), (float) y);
    }

    /** The bundled DejaVu Sans, so the pictures look the same on any server, with or without fonts installed. */
    private static Font load() {
        try (InputStream in = ChartPictures.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
        catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The bundled font could not be read", e);
        }
    }
}
