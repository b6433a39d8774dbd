package org.veil.pate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.dl4j.Activation;
import org.veil.core.dl4j.CnnSpec;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.NetworkSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.model.Classifier;
import org.veil.core.model.Trainer;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.core.train.AugmentedTrainer;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.core.train.ShiftAugmentation;
import org.veil.core.tribuo.LogisticRegressionOptions;
import org.veil.core.tribuo.TribuoTrainer;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.Votes;
import org.veil.pate.student.FirstQueries;

/**
 * The measurements that decide PATE's defaults, in the papers' settings (Papernot et al. 2018,
 * Table 2 and section 5): 250 teachers on MNIST (Confident-GNMax T = 200, sigma1 = 150, sigma2 = 40,
 * the first 640 test rows as queries; the student's public pool is the first 9,000 test rows and it
 * is evaluated on the last 1,000) and on Adult (T = 300, sigma1 = 200, sigma2 = 40, 1,500 queries;
 * public pool the first 10,000 test rows, evaluation on the remaining 5,060).
 *
 * <p>Disabled by default: a full run trains 250 teachers and takes minutes, far beyond the unit-test
 * budget. Run one task with, for example,
 * {@code mvn -B -q -pl core,pate test -Dtest=PateMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * -Dveil.pate.measure=mnist}; optional {@code -Dveil.pate.model=cnn|mlp|lr}, {@code .epochs},
 * {@code .teachers}, {@code .privateRows} (first rows of the training split only, for probes),
 * {@code .parallelism}, {@code .batch}, {@code .studentModel}, {@code .studentEpochs}, {@code .semi}
 * (self-training), {@code .data} (the MNIST directory), {@code .queries}, {@code .teacherAugment} and
 * {@code .studentAugment} (shifted copies per row, MNIST only). It prints one line
 * {@code PATE-MEASURE {json}} and writes it to {@code target/pate-measure-<task>.json}.
 */
@EnabledIfSystemProperty(named = "veil.pate.measure", matches = "mnist|adult")
class PateMeasurement {

    private static String prop(String name, String fallback) {
        return System.getProperty("veil.pate." + name, fallback);
    }

    private static int intProp(String name, int fallback) {
        return Integer.parseInt(prop(name, Integer.toString(fallback)));
    }

    @Test
    void measure() throws Exception {
        String task = prop("measure", "mnist");
        boolean mnist = task.equals("mnist");
        DatasetSplit split = DataLoader.load(DataSpec.of(mnist ? prop("data", "/work/shared/data/mnist") : "adult"))
                .split();
        int privateRows = Math.min(intProp("privateRows", split.train().rows()), split.train().rows());
        Dataset privateData = split.train().subset(range(0, privateRows), "train");
        int pool = mnist ? 9000 : 10_000;
        Dataset publicRows = split.test().subset(range(0, pool), "public");
        Dataset eval = split.test().subset(range(pool, split.test().rows()), "eval");
        String model = prop("model", mnist ? "mlp" : "lr");
        int epochs = intProp("epochs", mnist ? 20 : 5);
        PateOptions options = new PateOptions().withTeachers(intProp("teachers", 250))
                .withAggregator(mnist ? new ConfidentGnMaxOptions(200, 150, 40) : new ConfidentGnMaxOptions(300, 200, 40))
                .withSelection(new FirstQueries(intProp("queries", mnist ? 640 : 1500))).withParallelism(intProp("parallelism", 2))
                .withSemiSupervised(Boolean.parseBoolean(prop("semi", "false")));
        Trainer<? extends Classifier> teacher = AugmentedTrainer.of(trainer(model, epochs),
                ShiftAugmentation.grey28(intProp("teacherAugment", 0)));
        Trainer<? extends Classifier> student = AugmentedTrainer.of(trainer(prop("studentModel", model),
                intProp("studentEpochs", epochs)), ShiftAugmentation.grey28(intProp("studentAugment", 0)));
        long[] teachersDone = new long[1];
        long start = System.nanoTime();
        RunContext ctx = RunContext.seeded(1).withNoise(NoiseSource.seeded(1)).withProgress((t, done, total) -> {
            if (t.startsWith("teacher ") && done == total) {
                teachersDone[0] = System.nanoTime();
            }
        });
        PateResult result = new PateTrainer(options, teacher, student, PublicData.withTrueLabels(publicRows))
                .run(privateData, ctx);
        long end = System.nanoTime();
        ObjectNode out = report(result, eval, publicRows);
        out.put("task", task).put("teacherModel", model).put("teacherEpochs", epochs)
                .put("parallelism", options.parallelism()).put("privateRows", privateRows).put("publicRows", pool)
                .put("evalRows", eval.rows()).put("semiSupervised", options.semiSupervised()).put("teacherSeconds", (teachersDone[0] - start) / 1e9)
                .put("totalSeconds", (end - start) / 1e9).put("peakRssMiB", peakRssMiB())
                .put("heapMaxMiB", Runtime.getRuntime().maxMemory() >> 20);
        String line = RecordJson.mapper().writer().without(
                com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
        System.out.println("PATE-MEASURE " + line);
        Files.writeString(Path.of("target", "pate-measure-" + task + ".json"), line + "\n");
        assertTrue(result.aggregation().queries() > 0);
    }

    private static ObjectNode report(PateResult result, Dataset eval, Dataset publicRows) {
        TrainingRecord r = result.student().record();
        ObjectNode out = RecordJson.mapper().createObjectNode();
        out.put("teachers", result.partition().teachers()).put("teacherRows", result.partition().describeSizes());
        out.put("queries", result.aggregation().queries()).put("answered", result.aggregation().answered());
        out.put("labelAccuracy", r.metrics().get("labelAccuracy"));
        out.put("teacherMeanTrainAccuracy", r.metrics().get("teacherMeanTrainAccuracy"));
        double sum = 0;
        for (Classifier t : result.teachers().ensemble().teachers()) {
            sum += Accuracy.of(t, eval);
        }
        out.put("teacherMeanEvalAccuracy", sum / result.teachers().ensemble().size());
        out.put("pluralityAccuracy", plurality(result.aggregation().votes(), result.queryRows(), publicRows.labels()));
        out.put("studentEvalAccuracy", Accuracy.of(result.student().model(), eval));
        out.put("studentTrainRows", r.metrics().get("studentTrainRows"));
        out.put("pseudoLabels", result.pseudoLabels());
        out.put("pseudoLabelAccuracy", r.metrics().get("pseudoLabelAccuracy"));
        out.put("epsilon", r.privacy().epsilon()).put("delta", r.privacy().delta());
        return out;
    }

    /** Accuracy of the noiseless vote plurality on the queries (a diagnostic of the ensemble). */
    private static double plurality(Votes votes, int[] rows, int[] truth) {
        int same = 0;
        for (int i = 0; i < votes.queries(); i++) {
            int[] c = votes.row(i);
            int best = 0;
            for (int j = 1; j < c.length; j++) {
                best = c[j] > c[best] ? j : best;
            }
            same += best == truth[rows[i]] ? 1 : 0;
        }
        return (double) same / votes.queries();
    }

    private static Trainer<? extends Classifier> trainer(String model, int epochs) {
        if (model.equals("lr")) {
            return new TribuoTrainer(new LogisticRegressionOptions().withEpochs(epochs));
        }
        NetworkSpec net = model.equals("cnn") ? new CnnSpec(28, 28, 1, 5, 16, 32, 128, Activation.RELU)
                : MlpSpec.relu(intProp("mlpWidth", 256));
        if (!List.of("cnn", "mlp").contains(model)) {
            throw new IllegalArgumentException("veil.pate.model=" + model + ", allowed: cnn, mlp, lr");
        }
        return new BaselineTrainer(new BaselineOptions().withNetwork(net).withEpochs(epochs)
                .withBatchSize(intProp("batch", 64)).withOptimizer(Optimizer.Adam.withLearningRate(1e-3)));
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    /** Peak resident memory of this JVM ({@code VmHWM} in /proc/self/status), or -1 where unavailable. */
    private static long peakRssMiB() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Arrays.stream(Files.readString(status).split("\n")).filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10).findFirst().orElse(-1);
    }
}
