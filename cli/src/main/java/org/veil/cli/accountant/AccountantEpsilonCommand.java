package org.veil.cli.accountant;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;
import org.veil.core.privacy.analysis.pld.PldGridLimitException;
import org.veil.core.privacy.rdp.RdpAccountant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil accountant epsilon}: epsilon of T Poisson-subsampled Gaussian steps. */
@Command(name = "epsilon", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Epsilon at delta after T steps of the Poisson-subsampled Gaussian mechanism (DP-SGD).")
public final class AccountantEpsilonCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--noise-multiplier", required = true, paramLabel = "SIGMA",
            description = "Noise multiplier sigma (noise std / clip norm), > 0.")
    private double noiseMultiplier;

    @Mixin
    private MechanismOptions mechanism;

    @Mixin
    private AccountantOptions accountantOptions;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        mechanism.validate();
        if (!(noiseMultiplier > 0) || Double.isInfinite(noiseMultiplier)) {
            throw new IllegalArgumentException("--noise-multiplier=" + noiseMultiplier + ", allowed: > 0 and finite");
        }
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(noiseMultiplier, mechanism.sampleRate),
                mechanism.steps);
        PrivacyAccountant chosen = accountantOptions.create();
        String fallback = null;
        String note = null;
        PrivacyGuarantee g;
        try {
            g = chosen.epsilon(ledger, mechanism.delta);
            note = tighterRdp(ledger, g);
        } catch (PldGridLimitException tooBig) {
            fallback = "pld accountant refused (" + tooBig.getMessage() + "); fell back to rdp";
            g = new RdpAccountant().epsilon(ledger, mechanism.delta);
        }
        report(g, fallback, note);
        return ExitCodes.OK;
    }

    /**
     * Both accountants give valid upper bounds; in extreme regimes (tiny q with huge T, or delta near 1e-12) the
     * PLD's discretisation and FFT noise allowances can exceed the RDP bound. Say so rather than print the looser one
     * silently.
     */
    private String tighterRdp(PrivacyLedger ledger, PrivacyGuarantee pld) {
        if (!"pld".equals(pld.accountant())) {
            return null;
        }
        PrivacyGuarantee rdp = new RdpAccountant().epsilon(ledger, mechanism.delta);
        return rdp.epsilon() < pld.epsilon() ? "the rdp accountant certifies a smaller epsilon here ("
                + rdp.epsilon() + "); both are valid upper bounds" : null;
    }

    private void report(PrivacyGuarantee g, String fallback, String note) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String w : new String[] {fallback, note}) {
            if (w != null) {
                err.println("veil: warning: " + w);
            }
        }
        for (String w : g.warnings()) {
            err.println("veil: warning: " + w);
        }
        if (json.enabled()) {
            Map<String, Object> result = new LinkedHashMap<>(GuaranteeJson.fields(g));
            result.put("noiseMultiplier", noiseMultiplier);
            result.put("sampleRate", mechanism.sampleRate);
            result.put("steps", mechanism.steps);
            if (fallback != null) {
                result.put("fallback", fallback);
            }
            if (note != null) {
                result.put("note", note);
            }
            JsonOption.print(out, result);
        } else {
            out.println(g.describe());
            out.flush();
        }
    }
}
