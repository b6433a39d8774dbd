package org.veil.evaluate.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.veil.core.record.DataInfo;
import org.veil.core.record.RecordJson;
import org.veil.evaluate.attack.AttackResult;
import org.veil.evaluate.metric.EmpiricalEpsilon;
import org.veil.evaluate.metric.RocCurve;
import org.veil.evaluate.metric.Slices;

/**
 * Fake but plausible experiment reports built through the report types: a non-private baseline and
 * DP-SGD at ε = 0.5, 1, 2, 4, 8, each attacked by three attacks whose scores are synthetic (non-members
 * N(0, 1); members shifted by an amount that shrinks with ε, and for the baseline a few memorised
 * outliers that give a high TPR at low FPR). Numbers are invented; only their shapes are realistic.
 */
final class SampleReports {
    static final String[] ATTACKS = {"threshold", "lira-offline", "lira-online"};
    static final double[] ATTACK_STRENGTH = {0.6, 0.85, 1.0};
    static final double[] EPSILONS = {0.5, 1, 2, 4, 8};
    static final double BASELINE_ACCURACY = 0.852;
    static final int MEMBERS = 2000;
    static final int NON_MEMBERS = 2000;
    static final double DELTA = 1e-5;
    // The threshold an attack calibrated elsewhere: the 99th percentile of N(0, 1), i.e. ~1% FPR.
    static final double THRESHOLD = 2.326;

    private SampleReports() {
    }

    static ExperimentSetup setup(List<String> notes) {
        return new ExperimentSetup(42, new DataInfo("adult", "built-in:adult", 48_842,
                "3f1a9c0e5b7d2e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f", 32_561, 16_281),
                MEMBERS * 2, NON_MEMBERS * 2, 12_000, 16, 0.95, ExperimentSetup.HONEST_THRESHOLD_RULE, false,
                "0.1.0-SNAPSHOT", "veil experiment --data adult --seed 42 --out runs/exp-42",
                Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-28T10:42:17Z"), notes);
    }

    private static ExperimentReport plausible;
    private static ExperimentReport withAlarm;

    /** Baseline + DP-SGD at five budgets, three attacks each, no alarm (built once; immutable). */
    static synchronized ExperimentReport plausible() {
        if (plausible == null) {
            plausible = buildPlausible();
        }
        return plausible;
    }

    /** Like {@link #plausible()}, but the ε = 0.5 model leaks like a non-private one: its bound exceeds 0.5. */
    static synchronized ExperimentReport withAlarm() {
        if (withAlarm == null) {
            withAlarm = buildWithAlarm();
        }
        return withAlarm;
    }

    private static ExperimentReport buildPlausible() {
        Random random = new Random(20261128L);
        List<ReportRow> rows = new java.util.ArrayList<>();
        rows.add(row("baseline", Double.POSITIVE_INFINITY, BASELINE_ACCURACY, 0.45, 0.03, random, "models/baseline"));
        for (double eps : EPSILONS) {
            double accuracy = BASELINE_ACCURACY - 0.08 * Math.exp(-eps / 2);
            rows.add(row("dp-sgd", eps, accuracy, 0.02 * eps, 0, random, "models/dp-sgd-eps" + eps));
        }
        return new ExperimentReport(setup(List.of("Synthetic sample for the report's tests; numbers are invented.")),
                rows);
    }

    private static ExperimentReport buildWithAlarm() {
        Random random = new Random(7);
        List<ReportRow> rows = new java.util.ArrayList<>();
        rows.add(row("baseline", Double.POSITIVE_INFINITY, BASELINE_ACCURACY, 0.45, 0.03, random, "models/baseline"));
        rows.add(row("dp-sgd", 0.5, 0.85, 0.45, 0.05, random, "models/dp-sgd-broken"));
        rows.add(row("dp-sgd", 4, 0.84, 0.08, 0, random, "models/dp-sgd-eps4"));
        return new ExperimentReport(setup(List.of()), rows);
    }

    static ReportRow row(String method, double eps, double accuracy, double shift, double outliers, Random random,
            String dir) {
        ObjectNode options = RecordJson.mapper().createObjectNode();
        if (!Double.isInfinite(eps)) {
            options.put("targetEpsilon", eps).put("delta", DELTA).put("maxGradNorm", 1.0).put("batchSize", 256);
        }
        options.put("epochs", 20).put("learningRate", 0.1);
        Map<String, AttackSummary> attacks = new LinkedHashMap<>();
        for (int a = 0; a < ATTACKS.length; a++) {
            AttackResult r = result(ATTACKS[a], ATTACK_STRENGTH[a] * shift, ATTACK_STRENGTH[a] * outliers,
                    Double.isInfinite(eps) ? 0 : DELTA, random);
            AttackIntervals ci = a == ATTACKS.length - 1 ? AttackIntervals.bootstrap(r, 200, 0.95, 11) : null;
            attacks.put(ATTACKS[a], AttackSummary.of(r, eps, ci, a == 0 ? slices(r) : null));
        }
        return new ReportRow(method, options, eps, Double.isInfinite(eps) ? 0 : DELTA, accuracy,
                BASELINE_ACCURACY - accuracy, dir, attacks, null);
    }

    /** An attack result as an honest evaluation would give it, from synthetic scores. */
    static AttackResult result(String name, double shift, double outliers, double delta, Random random) {
        double[] m = new double[MEMBERS];
        double[] n = new double[NON_MEMBERS];
        for (int i = 0; i < m.length; i++) {
            m[i] = random.nextDouble() < outliers ? 4 + 0.5 * random.nextGaussian() : shift + random.nextGaussian();
        }
        for (int i = 0; i < n.length; i++) {
            n[i] = random.nextGaussian();
        }
        AttackResult.Confusion c = AttackResult.Confusion.at(THRESHOLD, m, n);
        double eps = EmpiricalEpsilon.lowerBound(c.truePositives(), c.falseNegatives(), c.falsePositives(),
                c.trueNegatives(), delta, 0.95);
        return new AttackResult(name, m, n, range(m.length), range(n.length), RocCurve.of(m, n), THRESHOLD,
                ExperimentSetup.HONEST_THRESHOLD_RULE, c, eps, 42);
    }

    private static Map<String, RocCurve> slices(AttackResult r) {
        String[] mk = new String[r.memberScores().length];
        String[] nk = new String[r.nonMemberScores().length];
        for (int i = 0; i < mk.length; i++) {
            mk[i] = i % 3 == 0 ? "sex=Female" : "sex=Male";
        }
        for (int i = 0; i < nk.length; i++) {
            nk[i] = i % 3 == 0 ? "sex=Female" : "sex=Male";
        }
        return Slices.roc(r.memberScores(), mk, r.nonMemberScores(), nk, 20);
    }

    private static int[] range(int size) {
        int[] v = new int[size];
        java.util.Arrays.setAll(v, i -> i);
        return v;
    }
}
