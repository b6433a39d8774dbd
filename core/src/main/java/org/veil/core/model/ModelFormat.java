package org.veil.core.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model format that a module outside core adds to {@link SavedModels} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.veil.core.model.ModelFormat}), so that
 * core can read models whose classes it does not know (for example LFR's). A format is recognised by a
 * zip entry that only it writes. Implementations are stateless and thread-safe.
 */
public interface ModelFormat {

    /** The zip entry that marks this format, e.g. {@code lfr.json}. */
    String entry();

    /** Reads a model of this format from {@code file}. */
    SavableClassifier load(Path file) throws IOException;
}
