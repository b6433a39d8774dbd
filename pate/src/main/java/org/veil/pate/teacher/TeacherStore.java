package org.veil.pate.teacher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.veil.core.error.DataFormatException;
import org.veil.core.io.AtomicFiles;
import org.veil.core.model.Classifier;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.SavedModels;
import org.veil.core.record.RecordJson;

/**
 * Saves a {@link TeacherEnsemble} to a directory and reads it back, so that teachers are trained
 * once and queried again (more queries, another aggregator). Layout: {@code model-NNN.zip} per
 * teacher (NNN = the part index, at least three digits, written by {@link SavableClassifier#save})
 * and the manifest {@value #MANIFEST} (schema version, teacher method and options, per-teacher
 * {@link TeacherInfo} and file name). Every file is written to a temporary file and moved into place
 * ({@link AtomicFiles}); the manifest is written last, so a directory without it is an interrupted
 * save and is refused on load.
 *
 * <p>The directory holds the teachers, which are private: keep it inside the trust boundary.
 * Thread safety: stateless. Randomness: none.
 */
public final class TeacherStore {
    /** The manifest's file name. */
    public static final String MANIFEST = "teachers.json";
    /** The manifest's schema version. */
    public static final int SCHEMA_VERSION = 1;

    private TeacherStore() {
    }

    /** The manifest's JSON shape. */
    record Manifest(int schemaVersion, String teacherMethod, JsonNode teacherOptions, List<Entry> teachers) {
    }

    /** One teacher's line of the manifest. */
    record Entry(String file, TeacherInfo info) {
    }

    /** Writes every teacher and then the manifest under {@code dir} (created if needed). */
    public static void save(TeacherEnsembleTrainer.Trained trained, Path dir) throws IOException {
        Objects.requireNonNull(trained, "trained");
        TeacherEnsemble ensemble = trained.ensemble();
        Files.createDirectories(dir);
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < ensemble.size(); k++) {
            Classifier m = ensemble.teacher(k);
            if (!(m instanceof SavableClassifier savable)) {
                throw new IllegalArgumentException("teacher " + k + " (" + m.getClass().getSimpleName()
                        + ") cannot be saved: its trainer must produce a SavableClassifier");
            }
            String name = String.format(Locale.ROOT, "model-%03d.zip", k);
            AtomicFiles.write(dir.resolve(name), savable::save);
            entries.add(new Entry(name, ensemble.info().get(k)));
        }
        Manifest manifest = new Manifest(SCHEMA_VERSION, trained.teacherMethod(), trained.teacherOptions(), entries);
        AtomicFiles.write(dir.resolve(MANIFEST), RecordJson.mapper().writeValueAsBytes(manifest));
    }

    /**
     * Reads the ensemble saved in {@code dir}.
     *
     * @throws DataFormatException when the directory holds no complete saved ensemble
     */
    public static TeacherEnsembleTrainer.Trained load(Path dir) throws IOException {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(dir.toString(), 0, null, "no " + MANIFEST
                    + ": not a saved teacher ensemble (or an interrupted save)");
        }
        Manifest m;
        try {
            m = RecordJson.mapper().readValue(Files.readAllBytes(file), Manifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new DataFormatException(file.toString(), 0, null, "unreadable: " + e.getOriginalMessage());
        }
        if (m.schemaVersion() < 1 || m.schemaVersion() > SCHEMA_VERSION || m.teachers() == null
                || m.teachers().isEmpty()) {
            throw new DataFormatException(file.toString(), 0, null, "schemaVersion=" + m.schemaVersion()
                    + " with " + (m.teachers() == null ? 0 : m.teachers().size()) + " teachers, allowed: schemaVersion "
                    + "in [1, " + SCHEMA_VERSION + "] and >= 1 teacher");
        }
        List<Classifier> teachers = new ArrayList<>();
        List<TeacherInfo> info = new ArrayList<>();
        for (Entry e : m.teachers()) {
            Path model = dir.resolve(e.file()).normalize();
            if (!dir.toAbsolutePath().normalize().equals(model.toAbsolutePath().getParent())) {
                throw new DataFormatException(file.toString(), 0, null, "teacher file '" + e.file()
                        + "' is outside the directory");
            }
            teachers.add(SavedModels.load(model));
            info.add(e.info());
        }
        return new TeacherEnsembleTrainer.Trained(TeacherEnsemble.of(teachers, info), m.teacherMethod(),
                m.teacherOptions());
    }
}
