package org.veil.evaluate.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Renders JFreeChart charts to PNG {@code data:} URIs so that the report page needs no other file and
 * no network. Drawing uses java.awt in headless mode ({@code java.awt.headless=true}, set before the
 * first chart is drawn, unless the JVM was started with a value), so it works with no display.
 *
 * <p>Stateless; JFreeChart charts are not thread-safe, so each call draws its own chart. Deterministic.
 */
final class ChartImages {
    /** Width and height of every chart, pixels. */
    static final int WIDTH = 760;
    static final int HEIGHT = 460;

    /** A colour-blind-safe palette (Okabe and Ito 2008, "Color universal design"). */
    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0x00, 0x00, 0x00), new Color(0xF0, 0xE4, 0x42),
    };

    private ChartImages() {
    }

    /** Sets headless mode unless the JVM was started with an explicit {@code java.awt.headless}. */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The k-th series colour. */
    static Paint colour(int k) {
        return PALETTE[k % PALETTE.length];
    }

    /** A thin dashed stroke for reference lines. */
    static BasicStroke dashed() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /** White background, light grid: the look every report chart shares. */
    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlinePaint(new Color(0x99, 0x99, 0x99));
    }

    /** The chart as {@code data:image/png;base64,...}. */
    static String pngDataUri(JFreeChart chart) {
        headless();
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ChartUtils.writeBufferedImageAsPNG(png, image);
        } catch (IOException e) {
            throw new UncheckedIOException("drawing a report chart", e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
