package org.veil.cli.accountant;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.calibrate.Calibration;
import org.veil.core.privacy.calibrate.CalibrationTarget;
import org.veil.core.privacy.calibrate.NoiseCalibrator;
import org.veil.core.error.VeilException;
import org.veil.core.privacy.analysis.pld.PldGridLimitException;
import org.veil.core.privacy.rdp.RdpAccountant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil accountant noise}: the smallest noise multiplier that meets a target epsilon. */
@Command(name = "noise", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Smallest noise multiplier whose epsilon after T steps does not exceed the target.")
public final class AccountantNoiseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--target-epsilon", required = true, paramLabel = "E", description = "Target epsilon, > 0.")
    private double targetEpsilon;

    @Mixin
    private MechanismOptions mechanism;

    @Mixin
    private AccountantOptions accountantOptions;

    @Mixin
    private JsonOption json;

    /**
     * RDP first (fast); for PLD its sigma is a good starting point (PLD's epsilon is usually well below RDP's,
     * and the search still doubles up if not), with a 0.1% tolerance: a dozen PLD evaluations instead of thirty.
     */
    private static Calibration calibrate(PrivacyAccountant chosen, CalibrationTarget target) {
        if (chosen instanceof RdpAccountant) {
            return new NoiseCalibrator(chosen).calibrate(target);
        }
        double rdpSigma = new NoiseCalibrator(new RdpAccountant()).calibrate(target).noiseMultiplier();
        return new NoiseCalibrator(chosen, 1e-3).calibrate(target, rdpSigma);
    }

    @Override
    public Integer call() {
        mechanism.validate();
        if (mechanism.steps < 1) {
            throw new IllegalArgumentException("--steps=" + mechanism.steps + ", allowed: >= 1 for calibration");
        }
        if (!(targetEpsilon > 0) || Double.isInfinite(targetEpsilon)) {
            throw new IllegalArgumentException("--target-epsilon=" + targetEpsilon + ", allowed: > 0 and finite");
        }
        PrivacyAccountant chosen = accountantOptions.create();
        CalibrationTarget target = new CalibrationTarget(targetEpsilon, mechanism.delta, mechanism.sampleRate,
                mechanism.steps);
        Calibration c;
        try {
            c = calibrate(chosen, target);
        } catch (PldGridLimitException tooBig) {
            spec.commandLine().getErr().println("veil: warning: pld accountant refused (" + tooBig.getMessage()
                    + "); calibrated with rdp");
            c = new NoiseCalibrator(new RdpAccountant()).calibrate(target);
        } catch (IllegalArgumentException unreachable) {
            throw new VeilException(unreachable.getMessage(), unreachable);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("noiseMultiplier", c.noiseMultiplier());
            result.put("epsilon", c.guarantee().epsilon());
            result.put("targetEpsilon", targetEpsilon);
            result.put("delta", mechanism.delta);
            result.put("sampleRate", mechanism.sampleRate);
            result.put("steps", mechanism.steps);
            result.put("accountant", c.guarantee().accountant());
            result.put("guarantee", GuaranteeJson.fields(c.guarantee()));
            JsonOption.print(out, result);
        } else {
            out.println(String.format(Locale.ROOT, "noise multiplier = %.6g (smallest within %.2g%% meeting epsilon <= %s)",
                    c.noiseMultiplier(), 100 * (c.noiseMultiplier() - c.lowerBracket()) / c.noiseMultiplier(),
                    targetEpsilon));
            out.println(c.guarantee().describe());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
