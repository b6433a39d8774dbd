package org.veil.cli.data;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.veil.cli.support.DataOptions;
import org.veil.cli.support.ExitCodes;
import org.veil.cli.support.JsonOption;
import org.veil.core.data.DataDescription;
import org.veil.core.data.DataLoader;
import org.veil.core.data.LoadedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil data describe}: rows, classes, groups, columns and the SHA-256 of a data set. */
@Command(name = "describe", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Load a data set as training would and describe it: rows, classes, protected groups, "
                + "columns, encoded features, SHA-256 of the source.")
public final class DataDescribeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(names = "--max-columns", paramLabel = "N", defaultValue = "40",
            description = "Columns listed in the text output. Default: ${DEFAULT-VALUE}.")
    private int maxColumns;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        if (maxColumns < 0) {
            throw new IllegalArgumentException("--max-columns=" + maxColumns + ", allowed: >= 0");
        }
        LoadedData loaded = DataLoader.load(data.toSpec());
        DataDescription description = DataDescription.of(loaded);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            JsonOption.print(out, description);
        } else {
            out.print(description.toText(maxColumns));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
