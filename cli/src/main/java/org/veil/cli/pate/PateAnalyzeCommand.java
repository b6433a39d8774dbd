package org.veil.cli.pate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.core.privacy.analysis.RdpConversion;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.privacy.rdp.OrderGrid;
import org.veil.pate.aggregate.Aggregation;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.aggregate.Votes;
import org.veil.pate.aggregate.VotesCsv;
import org.veil.pate.analysis.CostKind;
import org.veil.pate.analysis.EpsilonRelease;
import org.veil.pate.analysis.PateAnalysis;
import org.veil.pate.analysis.PateAnalysisOptions;
import org.veil.pate.analysis.PateCost;
import org.veil.pate.analysis.QueryOutcomes;
import org.veil.pate.analysis.ReleaseOptions;
import org.veil.pate.analysis.ReleasedEpsilon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil pate analyze}: the privacy analysis of a vote-histogram file, for people who already have teachers. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Privacy cost of answering queries with a noisy aggregator, from the teachers' vote histograms "
                + "(Papernot et al. 2018: data-independent and data-dependent RDP, Theorem 6).",
            "VOTES is a CSV with a header and one row per query; columns c0..c{m-1} are the counts per class, "
                    + "other columns are ignored.",
            "The data-dependent epsilon depends on the private votes: publish it only with --release-epsilon."})
public final class PateAnalyzeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--votes", paramLabel = "FILE", required = true, description = "Vote histogram CSV.")
    private Path votesFile;

    @Mixin
    private AggregatorFlags aggregator;

    @Option(names = "--queries", paramLabel = "N", description = "Analyse only the first N queries (default: all).")
    private Integer queries;

    @Option(names = "--delta", paramLabel = "D", required = true, description = "Target delta, in (0, 1).")
    private double delta;

    @Option(names = "--analysis", paramLabel = "data-dependent|data-independent", defaultValue = "data-dependent",
            description = "Which RDP bound each answer is charged. Default: ${DEFAULT-VALUE}.")
    private String analysis;

    @Option(names = "--cost", paramLabel = "expected|realised", defaultValue = "expected",
            description = {"expected: over the threshold check's noise, as the paper's tables; realised: the run "
                    + "that happened, drawing the check's noise (seeded with --noise-seed). Default: ${DEFAULT-VALUE}."})
    private String cost;

    @Option(names = "--noise-seed", paramLabel = "N",
            description = "Seed for the simulated threshold checks (--cost realised) and the --release-epsilon noise; "
                    + "without it both use secure, unrepeatable noise.")
    private Long noiseSeed;

    @Option(names = "--orders", paramLabel = "LIST", description = "Renyi orders, e.g. 2,4,8 or 1.5:256 "
            + "(default: 1.01-1024, 178 orders).")
    private String orders;

    @Option(names = "--conversion", paramLabel = "improved|classic", defaultValue = "improved",
            description = "RDP to (epsilon, delta): improved (Balle et al. 2020) or classic (Mironov 2017, as the "
                    + "paper's code). Default: ${DEFAULT-VALUE}.")
    private RdpConversion conversion;

    @Option(names = "--release-epsilon", description = "Also publish a sanitised epsilon: Gaussian noise scaled by "
            + "smooth sensitivity (2018, Appendix C), with its extra cost.")
    private boolean release;

    @Option(names = "--release-order", paramLabel = "A", description = "Fix the release's Renyi order (default: "
            + "the analysis's optimal order, chosen on the votes).")
    private Double releaseOrder;

    @Option(names = "--release-beta", paramLabel = "B", description = "Fix the smoothness beta, 2*A*B < 1 (default: "
            + "chosen on the votes as the paper's script does).")
    private Double releaseBeta;

    @Option(names = "--release-sigma", paramLabel = "S", description = "Fix the release's noise multiplier "
            + "(default: chosen on the votes).")
    private Double releaseSigma;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        AggregatorOptions agg = aggregator.toOptions(null);
        if (agg instanceof InteractiveGnMaxOptions) {
            throw new IllegalArgumentException("--aggregator interactive-gnmax needs the student's predictions: it is "
                    + "analysed inside 'veil pate train'; allowed here: lnmax, gnmax, confident-gnmax");
        }
        PateAnalysisOptions options = options();
        Votes votes = VotesCsv.read(votesFile);
        if (queries != null) {
            if (queries < 1 || queries > votes.queries()) {
                throw new IllegalArgumentException("--queries=" + queries + ", allowed: [1, " + votes.queries()
                        + "] (" + votesFile + " has " + votes.queries() + " queries)");
            }
            votes = votes.first(queries);
        }
        NoiseSource noise = noiseSeed == null ? NoiseSource.secure() : NoiseSource.seeded(noiseSeed);
        QueryOutcomes outcomes = options.cost() == CostKind.REALISED
                ? QueryOutcomes.passed(Aggregation.run(votes, agg, noise.stream(0)).passed()) : QueryOutcomes.none();
        PateCost result = PateAnalysis.analyse(votes, agg, options, outcomes);
        if (!release && (releaseOrder != null || releaseBeta != null || releaseSigma != null)) {
            throw new IllegalArgumentException("--release-order/--release-beta/--release-sigma need --release-epsilon");
        }
        ReleasedEpsilon released = release
                ? new EpsilonRelease(new ReleaseOptions(releaseOrder, releaseBeta, releaseSigma)).release(votes, agg, options, outcomes, noise.stream(1)) : null;
        print(new AnalysisReport(votes, agg, options, result, released, noise.name()));
        return ExitCodes.OK;
    }

    private PateAnalysisOptions options() {
        PateAnalysisOptions o = new PateAnalysisOptions().withDelta(delta);
        o = o.withAnalysis(PateChoices.analysis(analysis)).withCost(PateChoices.cost(cost)).withConversion(conversion);
        return orders == null ? o : o.withOrders(OrderGrid.parse(orders));
    }

    private void print(AnalysisReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOption.print(out, report.toJson());
        } else {
            out.print(report.toText());
            out.flush();
        }
    }
}
