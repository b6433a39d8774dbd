package org.veil.cli.accountant;

import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.analysis.RdpConversion;
import picocli.CommandLine.Option;

/** Shared flags choosing and configuring the accountant: {@code --accountant}, {@code --orders}, {@code --conversion}. */
public final class AccountantOptions {
    @Option(names = "--accountant", paramLabel = "rdp|pld", defaultValue = "rdp",
            description = "Accountant: rdp (Renyi DP) or pld (privacy loss distribution, tighter). Default: ${DEFAULT-VALUE}.")
    private AccountantChoice accountant;

    @Option(names = "--orders", paramLabel = "LIST",
            description = "RDP orders (rdp only): a list like 2,4,8 or a range LO:HI. Default: 1.01-1024 (178 orders).")
    private String orders;

    @Option(names = "--conversion", paramLabel = "improved|classic", defaultValue = "improved",
            description = "RDP-to-DP conversion: improved (Balle et al. 2020) or classic (Mironov 2017). "
                    + "Default: ${DEFAULT-VALUE}.")
    private RdpConversion conversion;

    AccountantChoice choice() {
        return accountant;
    }

    /** The configured accountant. */
    PrivacyAccountant create() {
        return accountant.create(orders, conversion);
    }
}
