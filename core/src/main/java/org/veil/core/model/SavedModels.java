package org.veil.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.error.DataFormatException;
import org.veil.core.tribuo.TribuoClassifier;

/**
 * Reads any {@code model.zip} Veil writes, telling the formats apart by their zip entries: DL4J's
 * {@code configuration.json} ({@value Dl4jClassifier#FORMAT}), Veil's Tribuo entries
 * ({@value TribuoClassifier#FORMAT}) or {@value UniformClassifier#ENTRY} ({@link UniformClassifier}), or the entry of a {@link ModelFormat} found by
 * {@link java.util.ServiceLoader} (formats of other modules, e.g. LFR). Thread-safe; no randomness.
 */
public final class SavedModels {

    private SavedModels() {
    }

    /**
     * Loads the model in {@code file}.
     *
     * @throws DataFormatException when the file is not a zip of a known format
     */
    public static SavableClassifier load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        boolean dl4j = false;
        boolean uniform = false;
        java.util.Set<String> entries = new java.util.HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                dl4j |= "configuration.json".equals(e.getName());
                uniform |= UniformClassifier.ENTRY.equals(e.getName());
                entries.add(e.getName());
            }
        } catch (IOException e) {
            throw new DataFormatException(file.toString(), 0, null, "not a model zip: " + e.getMessage());
        }
        for (ModelFormat format : java.util.ServiceLoader.load(ModelFormat.class)) {
            if (entries.contains(format.entry())) {
                return format.load(file);
            }
        }
        if (uniform) {
            return UniformClassifier.load(file);
        }
        return dl4j ? Dl4jClassifier.load(file) : TribuoClassifier.load(file);
    }
}
