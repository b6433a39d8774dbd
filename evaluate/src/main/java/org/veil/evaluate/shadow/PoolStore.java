package org.veil.evaluate.shadow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veil.core.data.Dataset;
import org.veil.core.error.DataFormatException;
import org.veil.core.io.AtomicFiles;
import org.veil.core.model.Classifier;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.SavedModels;
import org.veil.core.record.RecordJson;

/**
 * Saves a {@link ModelPool} to a directory and reads it back, so that shadow/reference models are
 * trained once and reused across attacks on the same rows. Layout: {@code pool.json} (design, seed,
 * method, options, row digest) and {@code model-NNN.zip} per model. Every file is written to a
 * temporary file and moved into place; {@code pool.json} is written last, so a directory without it
 * is an interrupted save and is refused on load. Thread safety: none needed (no state).
 */
public final class PoolStore {
    /** The manifest's file name. */
    public static final String MANIFEST = "pool.json";

    private PoolStore() {
    }

    /** Writes every model and the manifest under {@code dir} (created if needed). */
    public static void save(ModelPool pool, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> files = new ArrayList<>();
        for (int k = 0; k < pool.size(); k++) {
            Classifier m = pool.models().get(k);
            if (!(m instanceof SavableClassifier savable)) {
                throw new IllegalArgumentException("model " + k + " of the pool (" + m.getClass().getSimpleName()
                        + ") cannot be saved");
            }
            String name = String.format(java.util.Locale.ROOT, "model-%03d.zip", k);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            try {
                savable.save(tmp);
                Files.move(tmp, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            files.add(name);
        }
        Manifest manifest = new Manifest(1, pool.info(), pool.design(), files);
        AtomicFiles.write(dir.resolve(MANIFEST), RecordJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(manifest));
    }

    /**
     * Reads the pool in {@code dir} for the rows of {@code data}.
     *
     * @throws IllegalArgumentException when the pool was trained on other rows
     * @throws DataFormatException      when the directory is not a complete saved pool
     */
    public static ModelPool load(Path dir, Dataset data) throws IOException {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(dir.toString(), 0, null, "no " + MANIFEST + ": not a saved model pool "
                    + "(or an interrupted save)");
        }
        Manifest m;
        try {
            m = RecordJson.mapper().readValue(Files.readAllBytes(file), Manifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new DataFormatException(file.toString(), 0, null, "unreadable: " + e.getOriginalMessage());
        }
        String digest = RowsDigest.of(data);
        if (!digest.equals(m.info().rowsSha256())) {
            throw new IllegalArgumentException("the models in " + dir + " were trained on other rows (rows sha256 "
                    + m.info().rowsSha256() + ", the given data has " + digest + "): use them only with the "
                    + "members and non-members they were trained for");
        }
        List<Classifier> models = new ArrayList<>();
        for (String name : m.models()) {
            models.add(SavedModels.load(dir.resolve(name)));
        }
        return new ModelPool(data, m.design(), models, m.info());
    }

    /** The manifest's JSON shape (schemaVersion 1). */
    record Manifest(int schemaVersion, ModelPool.PoolInfo info, PoolDesign design, List<String> models) {
    }
}
