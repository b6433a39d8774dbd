package org.veil.lfr;

import java.io.IOException;
import java.nio.file.Path;
import org.veil.core.model.ModelFormat;
import org.veil.core.model.SavableClassifier;

/** Lets {@link org.veil.core.model.SavedModels} read {@link LfrModel}s (registered as a service). Stateless. */
public final class LfrModelFormat implements ModelFormat {

    @Override
    public String entry() {
        return LfrModel.ENTRY;
    }

    @Override
    public SavableClassifier load(Path file) throws IOException {
        return LfrModel.load(file);
    }
}
