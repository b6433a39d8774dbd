package org.veil.federated.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.veil.core.error.DataFormatException;
import org.veil.core.io.AtomicFiles;
import org.veil.core.record.RecordJson;

/**
 * Everything the server needs to resume exactly after a crash, written after every completed round
 * to {@code checkpoint.json} by write-to-temporary-then-rename (a crash leaves the previous
 * checkpoint or the new one, never half of one): completed rounds, the global parameters (float32,
 * little-endian, Base64), the aggregation state (optimiser moments, clip, privacy ledger), the run's
 * seed, the model and options as JSON so a resume with different settings is refused, and the
 * round summaries and counts that the run's record reports.
 * Randomness needs no state of its own: every round's cohort and noise are drawn from streams
 * derived from (seed, round, attempt).
 *
 * @param completedRounds rounds whose result is in {@code global}
 * @param global          Base64 of the float32 parameters
 * @param aggregation     optimiser state, clip, ledger
 * @param seed            the run's seed
 * @param model           the model spec JSON
 * @param options         the options JSON (compared on resume)
 * @param history         one summary per completed round, so a resumed run's record covers every round
 *                        (empty when read from a checkpoint written before it was kept)
 * @param dropped         cohort members that sent nothing usable, over all rounds and attempts so far
 * @param rejected        updates refused, over all rounds and attempts so far
 */
public record ServerCheckpoint(int completedRounds, String global, AggregationState aggregation, long seed,
        String model, JsonNode options, List<RoundSummary> history, int dropped, int rejected) {

    public ServerCheckpoint {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** File name inside the output directory. */
    public static final String FILE_NAME = "checkpoint.json";

    /** Packs float parameters. */
    public static String encode(float[] params) {
        ByteBuffer b = ByteBuffer.allocate(params.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(params);
        return java.util.Base64.getEncoder().encodeToString(b.array());
    }

    /** The parameters. */
    public float[] parameters() {
        byte[] raw = java.util.Base64.getDecoder().decode(global);
        float[] out = new float[raw.length / 4];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    /** Writes atomically into {@code dir}. */
    public void save(Path dir) throws IOException {
        AtomicFiles.write(dir.resolve(FILE_NAME), RecordJson.mapper().writeValueAsBytes(this));
    }

    /** The checkpoint in {@code dir}, if there is one. */
    public static Optional<ServerCheckpoint> load(Path dir) throws IOException {
        Path f = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordJson.mapper().readValue(f.toFile(), ServerCheckpoint.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DataFormatException(f.toString(), 0, null, "not a Veil federated checkpoint: "
                    + e.getOriginalMessage());
        }
    }
}
