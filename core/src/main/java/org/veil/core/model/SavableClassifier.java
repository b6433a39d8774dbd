package org.veil.core.model;

import java.io.IOException;
import java.nio.file.Path;

/** A classifier that can be written to {@code model.zip} and read back by its adapter. */
public interface SavableClassifier extends Classifier {

    /** Writes the model to {@code file} (callers write to a temporary file and move it into place). */
    void save(Path file) throws IOException;

    /** The format written by {@link #save}, e.g. {@code dl4j-multilayer}, {@code tribuo-protobuf}. */
    String format();
}
