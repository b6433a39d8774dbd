package org.veil.cli.lfr;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.core.data.DataLoader;
import org.veil.core.data.Dataset;
import org.veil.core.data.DatasetSplit;
import org.veil.core.error.VeilException;
import org.veil.core.io.AtomicFiles;
import org.veil.core.record.RunDirectory;
import org.veil.lfr.LfrModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil lfr transform}: write the LFR representation (or reconstruction) of a data split as CSV. */
@Command(name = "transform", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Map rows through a fitted LFR model and write a CSV: the label column, the protected column,",
            "then either the prototype memberships m0..m{k-1} (the fair representation, default) or the",
            "reconstruction in the encoded feature space. The CSV trains any Veil model, e.g.",
            "veil dp-sgd train --data lfr-train.csv --test-data lfr-test.csv --label income --protected sex"})
public final class LfrTransformCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Directory written by veil lfr fit.")
    private Path model;

    @Mixin
    private DataOptions data;

    @Option(names = "--split", paramLabel = "train|test", defaultValue = "train",
            description = "Which split to transform. Default: ${DEFAULT-VALUE}.")
    private String split;

    @Option(names = "--view", paramLabel = "memberships|reconstruction", defaultValue = "memberships",
            description = "memberships: M_nk (Zemel et al. eq. 2); reconstruction: x-hat (eq. 5). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String view;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "CSV to write (atomically).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (!split.equals("train") && !split.equals("test")) {
            throw new IllegalArgumentException("--split=" + split + ", allowed: train, test");
        }
        if (!view.equals("memberships") && !view.equals("reconstruction")) {
            throw new IllegalArgumentException("--view=" + view + ", allowed: memberships, reconstruction");
        }
        LfrModel lfr = readModel();
        DatasetSplit loaded = DataLoader.load(data.toSpec()).split();
        Dataset rows = split.equals("train") ? loaded.train() : loaded.test();
        if (!rows.schema().featureNames().equals(lfr.featureNames())) {
            throw new IllegalArgumentException("--data encodes " + rows.numFeatures() + " features, the model was "
                    + "fitted on " + lfr.featureNames().size() + " (different data or data flags): pass the data and "
                    + "data flags it was fitted with");
        }
        boolean members = view.equals("memberships");
        double[][] z = members ? lfr.memberships(rows.features()) : lfr.reconstruct(rows.features());
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < z[0].length; j++) {
            columns.add(members ? "m" + j : lfr.featureNames().get(j));
        }
        AtomicFiles.write(out, tmp -> write(tmp, rows, columns, z));
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d %s rows, view %s (%d columns: %s ...)%n", out,
                rows.rows(), split, members ? "memberships over " + lfr.k() + " prototypes" : "reconstruction",
                columns.size(), columns.get(0));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private LfrModel readModel() {
        Path zip = model.resolve(RunDirectory.MODEL_FILE);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("--model=" + model + ": no " + RunDirectory.MODEL_FILE
                    + " (expected a directory written by veil lfr fit)");
        }
        try {
            return LfrModel.load(zip);
        } catch (IOException e) {
            throw new VeilException("cannot read " + zip + ": " + e, e);
        }
    }

    private static void write(Path tmp, Dataset rows, List<String> columns, double[][] z) throws IOException {
        String label = rows.schema().columns().stream().filter(c -> c.role() == org.veil.core.data.ColumnRole.LABEL)
                .findFirst().map(c -> c.name()).orElse("label");
        var p = rows.protectedAttribute();
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(quote(label) + (p == null ? "" : "," + quote(p.name())));
            for (String c : columns) {
                w.write("," + quote(c));
            }
            w.write("\n");
            for (int n = 0; n < z.length; n++) {
                StringBuilder line = new StringBuilder(quote(rows.classNames().get(rows.labels()[n])));
                if (p != null) {
                    line.append(',').append(quote(p.groupNames().get(p.groups()[n])));
                }
                for (double v : z[n]) {
                    line.append(',').append(v);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_.<>=+-]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
