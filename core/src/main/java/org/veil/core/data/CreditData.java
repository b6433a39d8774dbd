package org.veil.core.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The built-in synthetic lending data set {@code credit}: applicants of two groups {@code A} and
 * {@code B} whose income, FICO-like score, debt-to-income ratio and delinquencies differ by group, and
 * a {@code decision} ({@code approve}/{@code deny}) drawn from a logistic model of those features
 * only (the group does not enter the model directly, so group differences arise through proxies).
 * The generating process, line by line, is in docs/data.md ("credit").
 *
 * <p>The rows are written as a canonical CSV (header, LF line ends, ASCII, no quotes, integers and one
 * decimal for {@code dti}); {@link DataSource#sha256()} is the SHA-256 of those bytes, and loading
 * parses them with the ordinary CSV path. Deterministic for a seed: {@link java.util.Random} (whose
 * algorithm is fixed by its specification) seeded with {@code seed ^ GENERATOR_SALT}, and
 * {@link StrictMath} throughout. Stateless and thread-safe.
 */
final class CreditData {
    static final String NAME = "credit";
    static final String LABEL = "decision";
    static final String PROTECTED = "group";
    static final List<String> COLUMNS = List.of("group", "income", "employment_years", "fico", "dti",
            "delinquencies", "loan_amount", "purpose", LABEL);
    static final Set<String> NUMERIC = Set.of("income", "employment_years", "fico", "dti", "delinquencies",
            "loan_amount");
    /** Keeps the generator's stream apart from the split's {@code Random(seed)}. */
    static final long GENERATOR_SALT = 0x9E3779B97F4A7C15L;

    private static final double SHARE_B = 0.35;
    private static final double LOG_INCOME_A = StrictMath.log(62_000);
    private static final double LOG_LOAN = StrictMath.log(15_000);
    private static final String[] PURPOSES = {"debt_consolidation", "credit_card", "home_improvement", "car", "other"};
    private static final double[] PURPOSE_UPPER = {0.45, 0.65, 0.80, 0.90, 1.0};

    private CreditData() {
    }

    /** The canonical CSV of {@code rows} generated rows for {@code seed}. */
    static byte[] csv(int rows, long seed) {
        Random rng = new Random(seed ^ GENERATOR_SALT);
        StringBuilder b = new StringBuilder(rows * 64);
        b.append(String.join(",", COLUMNS)).append('\n');
        for (int i = 0; i < rows; i++) {
            appendRow(b, rng);
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The data source location for a spec: {@code built-in:credit?rows=N&seed=S}. */
    static String location(int rows, long seed) {
        return "built-in:" + NAME + "?rows=" + rows + "&seed=" + seed;
    }

    private static void appendRow(StringBuilder b, Random rng) {
        int groupB = rng.nextDouble() < SHARE_B ? 1 : 0;
        // Income: log-normal, group B's median exp(-0.2) times group A's, rounded to 100, at least 12,000.
        double income = Math.max(12_000, round100(StrictMath.exp(LOG_INCOME_A - 0.2 * groupB + 0.45 * rng.nextGaussian())));
        double zIncome = (StrictMath.log(income) - LOG_INCOME_A) / 0.45;
        // Employment years: floor of an exponential with mean 7 (A) or 5 (B), at most 40.
        long employment = Math.min(40, (long) StrictMath.floor(-(7 - 2 * groupB) * StrictMath.log(1 - rng.nextDouble())));
        long fico = clamp(Math.round(705 - 20 * groupB + 15 * zIncome + 55 * rng.nextGaussian()), 300, 850);
        // Debt-to-income in percent, one decimal, kept as integer tenths to format without a locale.
        long dtiTenths = clamp(Math.round((18 + 3 * groupB - 3 * zIncome + 7 * rng.nextGaussian()) * 10), 0, 600);
        double lambda = StrictMath.exp(-1.2 + 0.3 * groupB - (fico - 700) / 100.0);
        long delinquencies = Math.min(10, poisson(lambda, rng));
        double loan = round100(StrictMath.exp(LOG_LOAN + 0.5 * StrictMath.log(income / 62_000) + 0.5 * rng.nextGaussian()));
        loan = Math.max(1_000, Math.min(100_000, loan));
        int purpose = purpose(rng.nextDouble());
        double dti = dtiTenths / 10.0;
        // Logistic approval model; coefficients documented in docs/data.md ("credit").
        double eta = 0.9 + 2.0 * (fico - 700) / 100.0 - 0.08 * (dti - 18) - 0.6 * delinquencies
                + 0.8 * StrictMath.log(income / 62_000) - 0.7 * StrictMath.log(loan / 15_000)
                + 0.05 * Math.min(employment, 10) - (purpose == PURPOSES.length - 1 ? 0.3 : 0);
        double pApprove = 1 / (1 + StrictMath.exp(-eta));
        String decision = rng.nextDouble() < pApprove ? "approve" : "deny";
        b.append(groupB == 1 ? 'B' : 'A').append(',').append((long) income).append(',').append(employment)
                .append(',').append(fico).append(',').append(dtiTenths / 10).append('.').append(dtiTenths % 10)
                .append(',').append(delinquencies).append(',').append((long) loan).append(',')
                .append(PURPOSES[purpose]).append(',').append(decision).append('\n');
    }

    private static double round100(double x) {
        return Math.round(x / 100) * 100.0;
    }

    private static long clamp(long x, long lo, long hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static int purpose(double u) {
        int k = 0;
        while (u >= PURPOSE_UPPER[k]) {
            k++;
        }
        return k;
    }

    /** Poisson draw by multiplying uniforms until the product falls to exp(-lambda) (Knuth, TAOCP vol. 2, 3.4.1 F). */
    private static long poisson(double lambda, Random rng) {
        double limit = StrictMath.exp(-lambda);
        long k = 0;
        double p = rng.nextDouble();
        while (p > limit) {
            k++;
            p *= rng.nextDouble();
        }
        return k;
    }
}
