package org.veil.pate.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Activation;
import org.veil.core.dl4j.CnnSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.model.Classifier;
import org.veil.core.model.Trainer;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.pate.aggregate.Aggregation;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.Votes;
import org.veil.pate.analysis.CostKind;
import org.veil.pate.analysis.PateAnalysis;
import org.veil.pate.analysis.PateAnalysisOptions;
import org.veil.pate.analysis.PateCost;
import org.veil.pate.analysis.QueryOutcomes;
import org.veil.pate.teacher.Partition;
import org.veil.pate.teacher.TeacherEnsemble;
import org.veil.pate.teacher.TeacherEnsembleTrainer;

/** Scratch lab for the MNIST target (not a test; gated). */
@EnabledIfSystemProperty(named = "veil.lab", matches = ".+")
class PateMnistLab {
    static String p(String n, String d) {
        return System.getProperty("veil.lab." + n, d);
    }

    static int i(String n, int d) {
        return Integer.parseInt(p(n, "" + d));
    }

    static Trainer<? extends Classifier> cnn(String prefix, int epochs) {
        org.veil.core.dl4j.NetworkSpec spec = p(prefix + "model", "cnn").equals("mlp")
                ? org.veil.core.dl4j.MlpSpec.relu(i(prefix + "dense", 256))
                : new CnnSpec(28, 28, 1, 5, i(prefix + "c1", 16), i(prefix + "c2", 32), i(prefix + "dense", 128),
                Activation.RELU);
        Trainer<? extends Classifier> t = new BaselineTrainer(new BaselineOptions().withNetwork(spec).withEpochs(epochs)
                .withBatchSize(i(prefix + "batch", 32)).withOptimizer(Optimizer.Adam.withLearningRate(1e-3)));
        int copies = i(prefix + "shift", 0);
        return copies == 0 ? t : new Shifted(t, copies, i(prefix + "maxShift", 2));
    }

    @Test
    void run() throws Exception {
        String mode = System.getProperty("veil.lab");
        if (Boolean.parseBoolean(p("noHelpers", "false"))) {
            org.nd4j.linalg.factory.Nd4j.getEnvironment().allowHelpers(false);
            System.out.println("LAB helpers off");
        }
        DatasetSplit split = DataLoader.load(DataSpec.of("/work/shared/data/mnist")).split();
        Dataset test = split.test();
        Dataset eval = test.subset(java.util.stream.IntStream.range(9000, 10000).toArray(), "eval");
        if (mode.equals("probe") || mode.equals("votes")) {
            int teachers = i("teachers", 250);
            Partition part = Partition.balanced(split.train().rows(), 250, new SplittableRandom(7));
            int k = mode.equals("probe") ? i("k", 8) : teachers;
            int[][] parts = new int[250][];
            boolean[] used = new boolean[split.train().rows()];
            for (int t = 0; t < 250; t++) {
                parts[t] = part.part(t);
            }
            // probe: train only first k parts by building a partition over a subset
            List<Integer> rows = new ArrayList<>();
            int[][] sub = new int[k][];
            for (int t = 0; t < k; t++) {
                sub[t] = new int[parts[t].length];
                for (int j = 0; j < parts[t].length; j++) {
                    sub[t][j] = rows.size();
                    rows.add(parts[t][j]);
                }
            }
            Dataset priv = split.train().subset(rows.stream().mapToInt(Integer::intValue).toArray(), "train");
            long t0 = System.nanoTime();
            TeacherEnsembleTrainer.Trained tr = new TeacherEnsembleTrainer(cnn("t.", i("t.epochs", 20)),
                    i("parallelism", 2)).train(priv, Partition.of(priv.rows(), sub), RunContext.seeded(1));
            double secs = (System.nanoTime() - t0) / 1e9;
            TeacherEnsemble ens = tr.ensemble();
            double acc = 0;
            for (Classifier c : ens.teachers()) {
                acc += Accuracy.of(c, eval);
            }
            System.out.printf("LAB teachers=%d secs=%.1f perTeacher=%.2f meanEval=%.4f%n", k, secs, secs / k, acc / k);
            if (mode.equals("votes")) {
                Votes v = ens.votes(test.features(), 2, new org.veil.core.run.CancellationFlag());
                StringBuilder sb = new StringBuilder("c0,c1,c2,c3,c4,c5,c6,c7,c8,c9,label\n");
                for (int q = 0; q < v.queries(); q++) {
                    for (int c = 0; c < 10; c++) {
                        sb.append(v.count(q, c)).append(',');
                    }
                    sb.append(test.labels()[q]).append('\n');
                }
                Files.writeString(Path.of(p("votesOut", "/work/lab/votes.csv")), sb.toString());
            }
            return;
        }
        // student mode
        Path votesFile = Path.of(p("votes", "/work/lab/votes.csv"));
        List<String> lines = Files.readAllLines(votesFile);
        int n = lines.size() - 1;
        int[][] counts = new int[n][10];
        int[] truth = new int[n];
        for (int q = 0; q < n; q++) {
            String[] f = lines.get(q + 1).split(",");
            for (int c = 0; c < 10; c++) {
                counts[q][c] = Integer.parseInt(f[c]);
            }
            truth[q] = Integer.parseInt(f[10]);
        }
        if (!p("grid", "").isEmpty()) {
            for (String g : p("grid", "").split(";")) {
                String[] f = g.split(":");
                grid(counts, truth, Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Integer.parseInt(f[3]));
            }
            return;
        }
        int queries = i("queries", 640);
        int[][] qc = new int[queries][];
        System.arraycopy(counts, 0, qc, 0, queries);
        Votes votes = Votes.of(qc);
        ConfidentGnMaxOptions agg = new ConfidentGnMaxOptions(Double.parseDouble(p("T", "200")),
                Double.parseDouble(p("s1", "150")), Double.parseDouble(p("s2", "40")));
        Aggregation a = Aggregation.run(votes, agg, NoiseSource.seeded(i("noiseSeed", 1)));
        PateCost real = PateAnalysis.analyse(votes, agg, new PateAnalysisOptions().withCost(CostKind.REALISED),
                QueryOutcomes.passed(a.passed()));
        PateCost exp = PateAnalysis.analyse(votes, agg, new PateAnalysisOptions());
        int[] labels = a.labels();
        boolean[] passed = a.passed();
        List<Integer> rowsL = new ArrayList<>();
        List<Integer> labL = new ArrayList<>();
        int correct = 0;
        for (int q = 0; q < queries; q++) {
            if (passed[q]) {
                rowsL.add(q);
                labL.add(labels[q]);
                correct += labels[q] == truth[q] ? 1 : 0;
            }
        }
        System.out.printf("LAB queries=%d answered=%d labelAcc=%.4f epsReal=%.3f epsExp=%.3f order=%s%n", queries,
                rowsL.size(), (double) correct / rowsL.size(), real.epsilon(), exp.epsilon(), real.order());
        if (!Boolean.parseBoolean(p("train", "true"))) {
            return;
        }
        Dataset pool = test.subset(java.util.stream.IntStream.range(0, 9000).toArray(), "public");
        int[] rows = rowsL.stream().mapToInt(Integer::intValue).toArray();
        int[] lab = labL.stream().mapToInt(Integer::intValue).toArray();
        Trainer<? extends Classifier> student = cnn("s.", i("s.epochs", 30));
        long t0 = System.nanoTime();
        Classifier m = student.train(sub(pool, rows, lab), RunContext.seeded(3)).model();
        System.out.printf("LAB student round0 eval=%.4f secs=%.0f%n", Accuracy.of(m, eval), (System.nanoTime() - t0) / 1e9);
        int selfRounds = i("selfRounds", 2);
        double conf = Double.parseDouble(p("conf", "0.9"));
        for (int r = 1; r <= selfRounds; r++) {
            double[][] pr = m.predictProbabilities(pool.features());
            boolean[] isLab = new boolean[9000];
            for (int x : rows) {
                isLab[x] = true;
            }
            List<Integer> rr = new ArrayList<>();
            List<Integer> ll = new ArrayList<>();
            int pc = 0;
            for (int x = 0; x < 9000; x++) {
                if (isLab[x]) {
                    continue;
                }
                int b = argmax(pr[x]);
                if (pr[x][b] >= conf) {
                    rr.add(x);
                    ll.add(b);
                    pc += b == pool.labels()[x] ? 1 : 0;
                }
            }
            int[] r2 = new int[rows.length + rr.size()];
            int[] l2 = new int[rows.length + rr.size()];
            System.arraycopy(rows, 0, r2, 0, rows.length);
            System.arraycopy(lab, 0, l2, 0, rows.length);
            for (int j = 0; j < rr.size(); j++) {
                r2[rows.length + j] = rr.get(j);
                l2[rows.length + j] = ll.get(j);
            }
            t0 = System.nanoTime();
            m = cnn("s.", i("s.selfEpochs", 15)).train(sub(pool, r2, l2), RunContext.seeded(3 + r)).model();
            System.out.printf("LAB student round%d pseudo=%d pseudoAcc=%.4f eval=%.4f secs=%.0f%n", r, rr.size(),
                    (double) pc / Math.max(1, rr.size()), Accuracy.of(m, eval), (System.nanoTime() - t0) / 1e9);
        }
    }

    static void grid(int[][] counts, int[] truth, double t, double s1, double s2, int queries) {
        int[][] qc = new int[queries][];
        System.arraycopy(counts, 0, qc, 0, queries);
        Votes votes = Votes.of(qc);
        ConfidentGnMaxOptions agg = new ConfidentGnMaxOptions(t, s1, s2);
        Aggregation a = Aggregation.run(votes, agg, NoiseSource.seeded(1));
        PateCost real = PateAnalysis.analyse(votes, agg, new PateAnalysisOptions().withCost(CostKind.REALISED),
                QueryOutcomes.passed(a.passed()));
        PateCost exp = PateAnalysis.analyse(votes, agg, new PateAnalysisOptions());
        int answered = 0;
        int correct = 0;
        for (int q = 0; q < queries; q++) {
            if (a.passed()[q]) {
                answered++;
                correct += a.labels()[q] == truth[q] ? 1 : 0;
            }
        }
        System.out.printf("LAB T=%.0f s1=%.0f s2=%.0f Q=%d answered=%d labelAcc=%.4f epsReal=%.3f epsExp=%.3f%n", t, s1,
                s2, queries, answered, (double) correct / answered, real.epsilon(), exp.epsilon());
    }

    static int argmax(double[] v) {
        int b = 0;
        for (int j = 1; j < v.length; j++) {
            b = v[j] > v[b] ? j : b;
        }
        return b;
    }

    static Dataset sub(Dataset pool, int[] rows, int[] labels) {
        return org.veil.pate.student.StudentData.of(pool, rows, labels, "s");
    }
}
