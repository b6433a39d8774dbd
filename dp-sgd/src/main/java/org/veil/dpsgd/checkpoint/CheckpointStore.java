package org.veil.dpsgd.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.error.DataFormatException;
import org.veil.core.io.AtomicFiles;
import org.veil.core.record.RecordJson;

/**
 * Saves and loads DP-SGD checkpoints so that a crash never leaves a half-written one: each
 * checkpoint is written completely into a fresh directory {@code step-NNNNNNNNNN}, then the file
 * {@code LATEST} is replaced atomically to name it, and only then are older checkpoints deleted. A
 * reader follows {@code LATEST}, so it sees the previous checkpoint or the new one, never a mixture.
 *
 * <p>Thread safety: not thread-safe; one run writes its own directory.
 */
public final class CheckpointStore {
    /** File naming the newest complete checkpoint directory. */
    public static final String LATEST = "LATEST";
    static final String STATE = "state.json";
    static final String MODEL = "model.zip";

    private final Path dir;

    public CheckpointStore(Path dir) {
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    /** Writes a checkpoint and makes it the latest. */
    public void save(CheckpointState state, Dl4jClassifier model) throws IOException {
        Files.createDirectories(dir);
        String name = String.format("step-%010d", state.stepsDone());
        Path tmp = Files.createTempDirectory(dir, name + ".tmp");
        model.save(tmp.resolve(MODEL));
        Files.writeString(tmp.resolve(STATE), RecordJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(state), StandardCharsets.UTF_8);
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            deleteTree(target);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.write(dir.resolve(LATEST), (name + "\n").getBytes(StandardCharsets.UTF_8));
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "step-*")) {
            for (Path p : all) {
                if (!p.getFileName().toString().equals(name)) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Whether a checkpoint exists here. */
    public boolean exists() {
        return Files.isRegularFile(dir.resolve(LATEST));
    }

    /**
     * The latest checkpoint's state, or empty when there is none.
     *
     * @throws DataFormatException when {@code LATEST} or the state file is damaged
     */
    public Optional<CheckpointState> loadState() throws IOException {
        if (!exists()) {
            return Optional.empty();
        }
        Path state = latest().resolve(STATE);
        try {
            return Optional.of(RecordJson.mapper().readValue(Files.readString(state), CheckpointState.class));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new DataFormatException(state.toString(), 0, null, "not a DP-SGD checkpoint: "
                    + e.getOriginalMessage());
        }
    }

    /** The latest checkpoint's model, with its optimiser state. */
    public Dl4jClassifier loadModel() throws IOException {
        return Dl4jClassifier.load(latest().resolve(MODEL));
    }

    private Path latest() throws IOException {
        String name = Files.readString(dir.resolve(LATEST), StandardCharsets.UTF_8).trim();
        Path p = dir.resolve(name);
        if (!name.startsWith("step-") || name.contains("/") || !Files.isDirectory(p)) {
            throw new DataFormatException(dir.resolve(LATEST).toString(), 1, null, "names no checkpoint directory: '"
                    + name + "'");
        }
        return p;
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
