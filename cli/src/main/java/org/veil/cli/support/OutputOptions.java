package org.veil.cli.support;

import java.io.IOException;
import java.nio.file.Path;
import org.veil.core.error.VeilException;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.record.RecordJson;
import org.veil.core.record.RunDirectory;
import picocli.CommandLine.Option;

/** The shared {@code --out DIR} flag of commands that write a run directory, and the writing itself. */
public final class OutputOptions {
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory (created if missing); model.zip and record.json are replaced atomically.")
    private Path out;

    public Path directory() {
        return out;
    }

    /** {@code DIR/model.zip}. */
    public Path modelFile() {
        return out.resolve(RunDirectory.MODEL_FILE);
    }

    /** {@code DIR/record.json}. */
    public Path recordFile() {
        return out.resolve(RecordJson.FILE_NAME);
    }

    /** Writes model.zip and record.json atomically ({@link RunDirectory#write}); a failure names the directory. */
    public void write(TrainedModel<? extends SavableClassifier> trained) {
        try {
            RunDirectory.write(out, trained);
        } catch (IOException e) {
            throw new VeilException("cannot write " + out + ": " + e, e);
        }
    }

    /** The "wrote ... and ..." line commands print after {@link #write}. */
    public String wroteLine() {
        return "wrote " + modelFile() + " and " + recordFile();
    }
}
