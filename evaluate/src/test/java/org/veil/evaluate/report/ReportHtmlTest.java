package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

class ReportHtmlTest {
    private static final Pattern PNG = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static String sample;

    @BeforeAll
    static void render() {
        sample = ReportHtml.render(SampleReports.plausible());
    }

    private static List<String> images(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = PNG.matcher(page);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String page, String needle) {
        int n = 0;
        for (int i = page.indexOf(needle); i >= 0; i = page.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void hasEverySectionInOrder() {
        int last = -1;
        for (String id : List.of("summary", "tradeoff", "roc", "results", "slices", "setup")) {
            int at = sample.indexOf("<section id=\"" + id + "\">");
            assertTrue(at > last, id + " missing or out of order");
            last = at;
        }
        assertTrue(sample.startsWith("<!DOCTYPE html>"));
        assertTrue(sample.contains("Without privacy (baseline) the best attack ("), "plain-language headline");
        assertTrue(sample.contains("with dp-sgd at ε=1 it ("), "compares with the ε closest to 1");
        assertTrue(sample.contains("Best trade-off: dp-sgd ε="));
        String body = sample.substring(sample.indexOf("<tbody>"), sample.indexOf("</tbody>"));
        assertEquals(6, count(body, "<tr"), "one table row per model");
        assertTrue(sample.contains("veil experiment --data adult --seed 42 --out runs/exp-42"), "how to reproduce");
    }

    @Test
    void embedsEveryChartAsADecodablePng() throws IOException {
        List<String> png = images(sample);
        assertEquals(2 + SampleReports.ATTACKS.length, png.size(), "two trade-off charts and one ROC chart per attack");
        assertEquals(png.size(), count(sample, "data:"), "no other data: URIs");
        for (String b64 : png) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b64)));
            assertEquals(ChartImages.WIDTH, image.getWidth());
            assertEquals(ChartImages.HEIGHT, image.getHeight());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 5, "a chart is drawn, not a blank image: " + colours.size() + " colours");
        }
    }

    @Test
    void isSelfContained() {
        assertFalse(sample.contains("http://") || sample.contains("https://"), "no network reference");
        assertFalse(sample.contains("<script"), "no script");
        assertFalse(sample.contains("<link"), "no stylesheet link");
        assertEquals(0, count(sample, "src=\"") - images(sample).size(), "every src is an embedded image");
    }

    @Test
    void escapesEveryTextFromTheReport() {
        ObjectNode options = RecordJson.mapper().createObjectNode().put("note", "<img src=x onerror=alert(1)>");
        ReportRow evil = new ReportRow("<script>alert('m')</script>", options, 1, 1e-5, 0.8, 0.05, "a&b\"", Map.of(
                "<b>attack</b>", SampleReports.row("x", 1, 0.8, 0.1, 0, new java.util.Random(1), "d")
                        .attacks().get("threshold")), null);
        String page = ReportHtml.render(new ExperimentReport(SampleReports.setup(List.of("</li><h1>x</h1>")),
                List.of(evil)));
        assertFalse(page.contains("<script>"), "method");
        assertFalse(page.contains("<img src=x"), "option value");
        assertFalse(page.contains("<b>attack</b>"), "attack name");
        assertFalse(page.contains("</li><h1>x</h1>"), "notes");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;m&#39;)&lt;/script&gt;"));
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(page.contains("a&amp;b&quot;"));
    }

    @Test
    void alarmsWhenTheBoundExceedsTheClaim() {
        ExperimentReport report = SampleReports.withAlarm();
        ReportRow broken = report.rows().get(1);
        assertTrue(broken.attacks().values().stream().anyMatch(a -> a.empiricalEpsilonLowerBound() > 0.5),
                "the fixture leaks more than ε = 0.5 allows");
        String page = ReportHtml.render(report);
        int alarm = page.indexOf("<div id=\"alarm\" class=\"alarm-box\"");
        assertTrue(alarm >= 0 && alarm < page.indexOf("<section id=\"summary\">"), "red box at the top");
        assertTrue(page.contains("the implementation or the accounting is broken"));
        assertTrue(page.contains("dp-sgd ε=0.5, attack "), "names the model and attack");
        long alarmCells = broken.attacks().values().stream().filter(AttackSummary::alarm).count();
        assertEquals(alarmCells, count(page, "<td class=\"num alarm\">"), "alarm cells highlighted");
        assertFalse(page.contains("Best trade-off: dp-sgd ε=0.5"), "an alarmed model is never the best trade-off");
        assertFalse(sample.contains("id=\"alarm\""), "no alarm without a violation");
        assertEquals(0, count(sample, "class=\"num alarm\""));
    }

    @Test
    void worksWithASingleRowWithoutAttacks(@TempDir Path dir) throws IOException {
        ReportRow bare = new ReportRow("baseline", RecordJson.mapper().createObjectNode(), Double.POSITIVE_INFINITY, 0,
                0.8, 0, "models/baseline", Map.of(), null);
        Path file = dir.resolve(ReportHtml.FILE_NAME);
        ReportHtml.write(new ExperimentReport(SampleReports.setup(null), List.of(bare)), file);
        String page = Files.readString(file);
        assertTrue(page.contains("No attack was run"));
        assertEquals(1, images(page).size(), "the accuracy-vs-ε chart only (nothing to draw against leakage)");
        assertFalse(page.contains("id=\"slices\""));
        String empty = ReportHtml.render(new ExperimentReport(SampleReports.setup(null), List.of()));
        assertTrue(empty.contains("No model in this report."));
        assertEquals(0, images(empty).size());
    }

    @Test
    void worksWithASinglePrivateRowWithAttacks() {
        ReportRow one = SampleReports.row("dp-sgd", 2, 0.83, 0.04, 0, new java.util.Random(3), "models/dp");
        String page = ReportHtml.render(new ExperimentReport(SampleReports.setup(null), List.of(one)));
        assertEquals(2 + SampleReports.ATTACKS.length, images(page).size());
        assertTrue(page.contains("Best trade-off: dp-sgd ε=2"));
    }
}
