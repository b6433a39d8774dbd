package org.veil.cli.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.veil.core.error.VeilException;
import org.veil.core.io.AtomicFiles;
import org.veil.core.record.RecordJson;
import org.veil.evaluate.attack.AttackContext;
import org.veil.evaluate.attack.AttackResult;

/**
 * What {@code veil evaluate mia} writes to {@code attack.json} and prints: the attack's numbers on its
 * evaluation split, the empirical ε lower bound next to the claimed ε, and an alarm when the bound
 * exceeds the claim (the claimed guarantee cannot hold at that confidence). Field names are a
 * contract (docs/evaluate.md). Immutable.
 *
 * @param fields the JSON object, in output order
 */
record AttackReport(Map<String, Object> fields) {
    /** File name under {@code --out}. */
    static final String FILE_NAME = "attack.json";

    /** The report of {@code result}. */
    static AttackReport of(AttackResult result, AttackContext ctx, MiaTarget target, MiaRows rows, Path models,
            int modelCount) {
        Map<String, Object> f = new LinkedHashMap<>();
        double claimed = target.claimedEpsilon();
        double lower = result.empiricalEpsilon();
        f.put("attack", result.attack());
        f.put("auc", result.auc());
        f.put("tprAt0_1PctFpr", result.tprAt0_1PctFpr());
        f.put("tprAt1PctFpr", result.tprAt1PctFpr());
        f.put("advantage", result.advantage());
        // Balanced accuracy of the best threshold = (1 + advantage) / 2 (Yeom et al. 2018, section 3.2).
        f.put("balancedAccuracy", (1 + result.advantage()) / 2);
        f.put("ppv", result.confusion().ppv());
        f.put("empiricalEpsilonLowerBound", lower);
        f.put("claimedEpsilon", claimed);
        f.put("delta", ctx.delta());
        f.put("confidence", ctx.confidence());
        f.put("alarm", lower > claimed);
        f.put("members", rows.members().rows());
        f.put("nonMembers", rows.nonMembers().rows());
        f.put("evaluatedMembers", result.memberScores().length);
        f.put("evaluatedNonMembers", result.nonMemberScores().length);
        f.put("duplicatesDropped", rows.duplicatesDropped());
        f.put("population", rows.populationText());
        f.put("threshold", result.threshold());
        f.put("thresholdRule", result.thresholdRule());
        f.put("seed", result.seed());
        f.put("referenceModels", models == null ? null : models.toString());
        f.put("referenceModelCount", modelCount);
        f.put("model", target.dir().toString());
        f.put("method", target.record().method());
        f.put("dataSha256", target.record().data().sha256());
        return new AttackReport(f);
    }

    /** The claimed ε to 4 decimals, or {@code Infinity}. */
    private String claimed() {
        double e = (double) fields.get("claimedEpsilon");
        return Double.isInfinite(e) ? "Infinity" : String.format(Locale.ROOT, "%.4f", e);
    }

    private int duplicatesDropped() {
        return (int) fields.get("duplicatesDropped");
    }

    boolean alarm() {
        return Boolean.TRUE.equals(fields.get("alarm"));
    }

    /** Writes {@code dir/attack.json} atomically. */
    Path write(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file, (RecordJson.toJson(fields) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new VeilException("cannot write " + file + ": " + e, e);
        }
        return file;
    }

    /** The short human summary. */
    void print(PrintWriter out, Path file) {
        Map<String, Object> f = fields;
        out.printf(Locale.ROOT, "%s attack on %s members and %s non-members of %s (%s + %s evaluated; threshold "
                + "%s)%n", f.get("attack"), f.get("members"), f.get("nonMembers"), f.get("model"),
                f.get("evaluatedMembers"), f.get("evaluatedNonMembers"), f.get("thresholdRule"));
        out.printf(Locale.ROOT, "AUC %.4f, TPR %.4f at 0.1%% FPR, %.4f at 1%% FPR, advantage %.4f, balanced "
                + "accuracy %.4f, PPV %.4f%n", f.get("auc"), f.get("tprAt0_1PctFpr"), f.get("tprAt1PctFpr"),
                f.get("advantage"), f.get("balancedAccuracy"), f.get("ppv"));
        out.printf(Locale.ROOT, "empirical epsilon >= %.4f at delta %.1e (%.0f%% confidence); claimed epsilon %s%n",
                f.get("empiricalEpsilonLowerBound"), f.get("delta"), 100 * (double) f.get("confidence"), claimed());
        if (duplicatesDropped() > 0) {
            out.printf(Locale.ROOT, "note: %d non-member/population rows were dropped as exact copies of member rows%n",
                    duplicatesDropped());
        }
        if (alarm()) {
            out.printf(Locale.ROOT, "ALARM: the measured lower bound %.4f exceeds the claimed epsilon %s: the claimed "
                    + "guarantee does not hold for this model%n", f.get("empiricalEpsilonLowerBound"), claimed());
        }
        out.println("wrote " + file);
        out.flush();
    }
}
