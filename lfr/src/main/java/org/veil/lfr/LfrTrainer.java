package org.veil.lfr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.veil.core.data.Dataset;
import org.veil.core.model.TrainedModel;
import org.veil.core.model.Trainer;
import org.veil.core.record.DataInfo;
import org.veil.core.record.PrivacyInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.core.record.Versions;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.lfr.fit.LfrFit;
import org.veil.lfr.fit.LfrFitter;
import org.veil.lfr.fit.RestartResult;
import org.veil.lfr.model.LfrProblem;
import org.veil.lfr.model.ParameterLayout;

/**
 * Fits Learned Fair Representations (Zemel et al. 2013) on a data set with a binary label and a
 * protected attribute, and returns the {@link LfrModel}, whose label head is the classifier. Not a
 * privacy mechanism ({@code epsilon = ∞}); compose with DP-SGD by training a private model on
 * {@link LfrModel#memberships} or {@link LfrModel#reconstruct}.
 *
 * <p>In PAPER mode the model learns two sets of distance weights (α⁺, α⁻) when every privileged group
 * has a one-hot feature column (the protected attribute is a categorical feature), so that a row's side
 * can be read from its features at prediction time; otherwise one shared α, which the record notes.
 * Randomness: only {@code ctx.random()}. Immutable and thread-safe (each call owns its worker pool).
 */
public final class LfrTrainer implements Trainer<LfrModel> {
    /** The {@code method} written to training records. */
    public static final String METHOD = "lfr";

    private final LfrOptions options;
    private final ProtectedSetting setting;
    private final int parallelism;

    public LfrTrainer(LfrOptions options, ProtectedSetting setting, int parallelism) {
        this.options = Objects.requireNonNull(options, "options");
        this.setting = Objects.requireNonNull(setting, "setting");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism=" + parallelism + ", allowed: >= 1");
        }
        this.parallelism = parallelism;
    }

    public LfrOptions options() {
        return options;
    }

    @Override
    public TrainedModel<LfrModel> train(Dataset data, RunContext ctx) {
        Instant started = Instant.now();
        int favourable = setting.favourableIndex(data);
        int[] side = setting.sides(data, favourable);
        List<String> privileged = setting.privilegedNames(data, favourable);
        int[] y = new int[data.rows()];
        for (int n = 0; n < y.length; n++) {
            y[n] = data.labels()[n] == favourable ? 1 : 0;
        }
        int[] privFeatures = privilegedFeatures(data, privileged);
        int alphaSets = options.mode() == LfrMode.AIF360 ? 0 : privFeatures.length > 0 ? 2 : 1;
        LfrFit fit = new LfrFitter(options, parallelism).fit(new LfrProblem(data.features(), y, side), alphaSets, ctx);
        ParameterLayout layout = fit.layout();
        // set 1 is the privileged side in both the objective and the model
        double[][] alphas = layout.alphasOf(fit.theta());
        LfrModel model = new LfrModel(options.mode(), layout.prototypesOf(fit.theta()),
                layout.labelWeightsOf(fit.theta()), alphas, data.schema().featureNames(),
                data.protectedAttribute().name(), privileged, alphaSets == 2 ? privFeatures : new int[0],
                data.classNames(), favourable);
        ObjectNode opts = RecordJson.mapper().valueToTree(options);
        privileged.forEach(opts.putArray("privilegedGroups")::add);
        opts.put("favourableClass", data.classNames().get(favourable));
        opts.put("protectedColumn", data.protectedAttribute().name());
        opts.put("alphaSets", alphaSets);
        TrainingRecord record = new TrainingRecord(TrainingRecord.SCHEMA_VERSION, METHOD, opts,
                DataInfo.of(data.source(), data.rows(), null), PrivacyInfo.nonPrivate(),
                metrics(fit, Accuracy.of(model, data)), ctx.seed(), started, Instant.now(), Versions.current(),
                notes(fit, alphaSets));
        return new TrainedModel<>(model, record);
    }

    /** Indices of the one-hot columns {@code <protected>=<group>} of the privileged groups, or none if any is missing. */
    static int[] privilegedFeatures(Dataset data, List<String> privileged) {
        List<String> names = data.schema().featureNames();
        int[] out = new int[privileged.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = names.indexOf(data.protectedAttribute().name() + "=" + privileged.get(i));
            if (out[i] < 0) {
                return new int[0];
            }
        }
        return out;
    }

    private static Map<String, Double> metrics(LfrFit fit, double trainAccuracy) {
        RestartResult best = fit.restarts().get(fit.best());
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("trainAccuracy", trainAccuracy);
        m.put("loss", fit.training().total());
        m.put("lossReconstruction", fit.training().reconstruction());
        m.put("lossLabel", fit.training().label());
        m.put("lossParity", fit.training().parity());
        m.put("validationLoss", fit.validation() == null ? Double.NaN : fit.validation().total());
        m.put("iterations", (double) best.iterations());
        m.put("gradientNorm", best.gradientNorm());
        m.put("restarts", (double) fit.restarts().size());
        if (fit.selected() != null) {
            m.put("validationAccuracy", fit.selected().accuracy());
            m.put("validationParityDifference", fit.selected().parityDifference());
        }
        return m;
    }

    private static List<String> notes(LfrFit fit, int alphaSets) {
        List<String> notes = new ArrayList<>();
        if (alphaSets == 1) {
            notes.add("one shared set of distance weights: the privileged groups have no one-hot feature column, "
                    + "so a row's side cannot be read at prediction time");
        }
        if (fit.selected() != null) {
            notes.add(String.format(Locale.ROOT, "parameters chosen by the parity target: restart %d, iteration %d, "
                    + "validation accuracy %.4f, validation parity difference %+.4f", fit.best(),
                    fit.selectedIteration(), fit.selected().accuracy(), fit.selected().parityDifference()));
        }
        for (RestartResult r : fit.restarts()) {
            notes.add(String.format(Locale.ROOT, "restart %d%s: %d iterations, %d evaluations, stopped by %s, "
                    + "kept iteration %d, training loss %.6f, validation loss %.6f, gradient inf-norm %.3g, %.1f s",
                    r.restart(), r.restart() == fit.best() ? " (kept)" : "", r.iterations(), r.evaluations(),
                    r.stopReason(), r.bestIteration(), r.trainingLoss(), r.validationLoss(), r.gradientNorm(),
                    r.seconds()));
        }
        return notes;
    }
}
