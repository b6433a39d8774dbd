package org.veil.pate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.record.Versions;
import org.veil.core.run.RunContext;
import org.veil.pate.aggregate.Aggregation;
import org.veil.pate.student.PseudoLabels;
import org.veil.pate.teacher.CrossPartDuplicates;
import org.veil.pate.teacher.Partition;
import org.veil.pate.teacher.TeacherEnsembleTrainer;

/**
 * Writes the student's {@link TrainingRecord} (method {@value PateTrainer#METHOD}): the options with
 * the teacher and student trainers, the private data, the full ledger and guarantee, the query
 * counts and diagnostics, and the notes a reader of the guarantee needs. Stateless; no randomness.
 */
final class PateRecord {

    private PateRecord() {
    }

    /** The facts of one run that go into the record. */
    record Facts(Partition partition, CrossPartDuplicates duplicates, TeacherEnsembleTrainer.Trained teachers,
            QueryRounds.Outcome outcome, StudentTraining.Final student, PateAccounting.Result privacy) {
    }

    static TrainingRecord of(PateOptions options, Dataset privateData, PublicData publicData, Facts facts,
            RunContext ctx, Instant startedAt) {
        TrainedModel<? extends Classifier> student = facts.student().student();
        ObjectNode json = RecordJson.mapper().valueToTree(options);
        json.set("teacherTrainer", trainer(facts.teachers().teacherMethod(), facts.teachers().teacherOptions()));
        json.set("studentTrainer", trainer(student.record().method(), student.record().options()));
        PrivacyInfo privacy = PrivacyInfo.of(facts.privacy().ledger(), facts.privacy().guarantee(), ctx.noise().name());
        return new TrainingRecord(TrainingRecord.SCHEMA_VERSION, PateTrainer.METHOD, json,
                DataInfo.of(privateData.source(), privateData.rows(), null), privacy,
                metrics(options, publicData, facts), ctx.seed(), startedAt, Instant.now(), Versions.current(),
                notes(facts, publicData, ctx));
    }

    private static ObjectNode trainer(String method, com.fasterxml.jackson.databind.JsonNode options) {
        ObjectNode node = RecordJson.mapper().createObjectNode();
        node.put("method", method);
        node.set("options", options);
        return node;
    }

    private static Map<String, Double> metrics(PateOptions options, PublicData publicData, Facts facts) {
        Aggregation a = facts.outcome().aggregation();
        PseudoLabels.Selected pseudo = facts.student().pseudoLabels();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("teachers", (double) facts.partition().teachers());
        m.put("publicRows", (double) publicData.rows().rows());
        m.put("queries", (double) a.queries());
        m.put("rounds", (double) options.selection().rounds());
        m.put("thresholdChecks", (double) a.checks());
        m.put("teacherAnswers", (double) a.teacherAnswers());
        m.put("studentAnswers", (double) a.studentAnswers());
        m.put("answered", (double) a.answered());
        m.put("studentTrainRows", (double) (facts.outcome().labelledRows().length + pseudo.size()));
        if (options.semiSupervised()) {
            m.put("pseudoLabels", (double) pseudo.size());
        }
        m.putAll(facts.privacy().metrics());
        m.put("crossPartDuplicateRows", (double) facts.duplicates().rows());
        double teacherAccuracy = facts.teachers().ensemble().meanTrainAccuracy();
        if (!Double.isNaN(teacherAccuracy)) {
            m.put("teacherMeanTrainAccuracy", teacherAccuracy);
        }
        Double studentTrain = facts.student().student().record().metrics().get("trainAccuracy");
        if (studentTrain != null) {
            m.put("studentTrainAccuracy", studentTrain);
        }
        if (publicData.labelsKnown()) {
            int[] truth = publicData.rows().labels();
            m.put("labelAccuracy", agreement(facts.outcome().labelledRows(), facts.outcome().labels(), truth));
            if (pseudo.size() > 0) {
                m.put("pseudoLabelAccuracy", agreement(pseudo.rows(), pseudo.labels(), truth));
            }
        }
        return m;
    }

    /** The fraction of {@code rows} whose {@code labels} equal the true labels; NaN for none. */
    static double agreement(int[] rows, int[] labels, int[] truth) {
        if (rows.length == 0) {
            return Double.NaN;
        }
        int same = 0;
        for (int i = 0; i < rows.length; i++) {
            same += labels[i] == truth[rows[i]] ? 1 : 0;
        }
        return (double) same / rows.length;
    }

    private static List<String> notes(Facts facts, PublicData publicData, RunContext ctx) {
        Partition p = facts.partition();
        List<String> notes = new ArrayList<>();
        notes.add("private data: " + p.rows() + " rows split into " + p.teachers() + " disjoint teacher parts of "
                + p.describeSizes() + " (seeded, checked disjoint and covering; partition sha256 " + p.sha256() + ")");
        notes.add("neighbouring data sets differ by replacing one record: it is in exactly one teacher's part, so it "
                + "changes at most one teacher's vote per query (the sensitivity the aggregators' analysis assumes)");
        if (!facts.duplicates().none()) {
            notes.add(facts.duplicates().note());
        }
        notes.addAll(facts.privacy().notes());
        if (facts.outcome().labelledRows().length == 0) {
            notes.add(StudentTraining.NO_ANSWERS);
        }
        notes.add("teacherMeanTrainAccuracy and crossPartDuplicateRows are computed from the private data without "
                + "noise: diagnostics for the data owner, not covered by the privacy guarantee");
        if (publicData.labelsKnown()) {
            notes.add("labelAccuracy (and pseudoLabelAccuracy) compare the labels the student trained on with the "
                    + "public rows' true labels, which the student never sees: a diagnostic");
        }
        if (!ctx.noise().isSecure()) {
            notes.add("noise source '" + ctx.noise().name() + "' is reproducible and predictable: use the secure "
                    + "source for a release that claims privacy");
        }
        return notes;
    }
}
