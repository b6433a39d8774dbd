package org.veil.evaluate.report;

/**
 * The report page's setup section: seed, data and its SHA-256, split sizes, reference models, the
 * threshold rule, versions, times, notes and how to reproduce the run. Every text is escaped. Stateless.
 */
final class ReportSetupSection {

    private ReportSetupSection() {
    }

    static void write(ExperimentReport report, Html html) {
        ExperimentSetup s = report.setup();
        html.raw("<section id=\"setup\"><h2>Setup</h2><dl>");
        item(html, "data", s.data().name() + (s.data().location() == null ? "" : " (" + s.data().location() + ")")
                + ", " + s.data().rows() + " rows");
        item(html, "data SHA-256", s.data().sha256());
        item(html, "seed", Long.toString(s.seed()));
        item(html, "members (training rows)", Integer.toString(s.members()));
        item(html, "non-members (held out)", Integer.toString(s.nonMembers()));
        item(html, "population (attacker's data)", Integer.toString(s.population()));
        item(html, "reference (shadow) models", Integer.toString(s.referenceModels()));
        item(html, "threshold rule", s.thresholdRule());
        item(html, "ε lower-bound confidence", Math.round(100 * s.confidence()) + "% (Clopper–Pearson)");
        item(html, "quick run", s.quick() ? "yes (reduced sizes: indicative only)" : "no");
        item(html, "Veil version", s.veilVersion());
        item(html, "started", s.startedAt().toString());
        item(html, "finished", s.finishedAt().toString());
        html.raw("</dl>");
        if (!s.notes().isEmpty()) {
            html.raw("<h3>Notes</h3><ul>");
            s.notes().forEach(n -> html.element("li", null, n));
            html.raw("</ul>");
        }
        html.raw("<h3>How to reproduce</h3>");
        if (s.command() != null) {
            html.raw("<p>Run, on the same data (check its SHA-256 above):</p><pre><code>").text(s.command())
                    .raw("</code></pre>");
        } else {
            html.element("p", null, "Run veil experiment on the same data (same SHA-256) with seed " + s.seed()
                    + (s.quick() ? " and --quick" : "") + "; every split, model and attack is derived from the seed.");
        }
        html.element("p", "note", "Each model's training record (record.json) is in its directory: "
                + String.join(", ", report.rows().stream().map(ReportRow::modelDir).toList()) + ".");
        html.raw("</section>\n");
    }

    private static void item(Html html, String term, String value) {
        html.element("dt", null, term).element("dd", null, value);
    }
}
