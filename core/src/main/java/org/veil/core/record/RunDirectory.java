package org.veil.core.record;

import java.io.IOException;
import java.nio.file.Path;
import org.veil.core.io.AtomicFiles;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.TrainedModel;

/**
 * Writes a trained model's output directory: {@code model.zip} and {@code record.json} (DESIGN.md
 * section 5). Each file is written atomically, the model first, so a {@code record.json} on disk always
 * describes a complete {@code model.zip}; a failure leaves whatever was there before untouched.
 */
public final class RunDirectory {
    /** File name of the model beside {@code record.json}. */
    public static final String MODEL_FILE = "model.zip";

    private RunDirectory() {
    }

    /** Writes {@code model.zip} and {@code record.json} into {@code dir} (created if missing). */
    public static void write(Path dir, TrainedModel<? extends SavableClassifier> trained) throws IOException {
        AtomicFiles.write(dir.resolve(MODEL_FILE), tmp -> trained.model().save(tmp));
        RecordJson.write(trained.record(), dir.resolve(RecordJson.FILE_NAME));
    }
}
