package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads generated report pages in headless Chromium through scripts/check-report.sh. Skipped where
 * /usr/bin/chromium is missing (CI machines: install it with {@code apt-get install -y chromium}).
 * With {@code -Dveil.report.sample.dir=DIR} the sample pages and their screenshots are kept in DIR.
 */
class ReportBrowserCheckTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Path script() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.toAbsolutePath().getParent().resolve("scripts").resolve("check-report.sh");
    }

    private static Result check(Path page, Path shot) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", script().toString(), page.toString(), shot.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "check-report.sh finished");
        return new Result(p.exitValue(), out);
    }

    private record Result(int status, String output) {
    }

    private static Path outputDir(Path temp) throws IOException {
        String keep = System.getProperty("veil.report.sample.dir");
        return keep == null ? temp : Files.createDirectories(Path.of(keep));
    }

    @Test
    void samplePagesRenderInHeadlessChromium(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium "
                + "(apt-get install -y chromium); the browser check of report.html is skipped");
        Path dir = outputDir(temp);
        Path page = dir.resolve("report.html");
        ReportHtml.write(SampleReports.plausible(), page);
        ReportJson.write(SampleReports.plausible(), dir.resolve("report.json"));
        Result r = check(page, dir.resolve("shot.png"));
        assertEquals(0, r.status(), r.output());
        assertTrue(r.output().contains("5 images, 6 table rows, alarm box absent"), r.output());
        assertTrue(Files.size(dir.resolve("shot.png")) > 10_000, "a full-page screenshot");

        Path alarm = dir.resolve("report-alarm.html");
        ReportHtml.write(SampleReports.withAlarm(), alarm);
        Result a = check(alarm, dir.resolve("shot-alarm.png"));
        assertEquals(0, a.status(), a.output());
        assertTrue(a.output().contains("alarm box shown"), a.output());
    }

    @Test
    void theCheckFailsOnABrokenPage(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium "
                + "(apt-get install -y chromium); the browser check of report.html is skipped");
        String good = ReportHtml.render(SampleReports.withAlarm());
        Path page = dir.resolve("broken.html");
        // An external image and a broken embedded one: both must be reported.
        Files.writeString(page, good.replaceFirst("src=\"data:image/png;base64,", "src=\"data:image/png;base64,AAAA")
                .replace("</body>", "<img alt=\"remote\" src=\"https://example.invalid/x.png\"></body>"));
        Result r = check(page, dir.resolve("shot.png"));
        assertEquals(1, r.status(), r.output());
        assertTrue(r.output().contains("network request (page must be self-contained): https://example.invalid"),
                r.output());
        assertTrue(r.output().contains("images that did not decode: accuracy vs claimed epsilon"), r.output());
    }
}
