package org.veil.federated.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.veil.core.record.RecordJson;

/**
 * The server's log: one JSON object per event, appended to a file ({@code events.jsonl}) and flushed
 * at once, and one readable line per event to a sink (standard error in the CLI). Every rejection
 * (authentication, session, update validation) is an event with its reason.
 *
 * <p>Thread safety: synchronized. The events of the current process are also kept in memory for
 * tests and the record ({@link #events()}).
 */
public final class EventLog implements AutoCloseable {

    /** One event per line: the shared mapper indents, this writer does not. */
    private static final ObjectWriter LINE = RecordJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private final BufferedWriter file;
    private final Consumer<String> lines;
    private final List<ObjectNode> events = new ArrayList<>();

    private EventLog(BufferedWriter file, Consumer<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** A log appending to {@code path} (created if absent) and writing lines to {@code lines}. */
    public static EventLog open(Path path, Consumer<String> lines) throws IOException {
        return new EventLog(Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), lines);
    }

    /** A log kept in memory only, lines to {@code lines}. */
    public static EventLog inMemory(Consumer<String> lines) {
        return new EventLog(null, lines);
    }

    /**
     * Logs an event.
     *
     * @param type   short name, e.g. {@code update_rejected}
     * @param fields values (strings, numbers, booleans), in order
     */
    public synchronized void event(String type, Map<String, ?> fields) {
        ObjectNode n = RecordJson.mapper().createObjectNode();
        n.put("time", Instant.now().toString());
        n.put("event", type);
        StringBuilder line = new StringBuilder(type);
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            n.set(e.getKey(), RecordJson.mapper().valueToTree(e.getValue()));
            line.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        events.add(n);
        if (file != null) {
            try {
                file.write(LINE.writeValueAsString(n));
                file.newLine();
                file.flush();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lines.accept(line.toString());
    }

    /** Events logged by this process so far, oldest first (copies). */
    public synchronized List<ObjectNode> events() {
        return events.stream().map(ObjectNode::deepCopy).toList();
    }

    /** Events of one type. */
    public synchronized List<ObjectNode> events(String type) {
        return events.stream().filter(e -> type.equals(e.path("event").asText())).map(ObjectNode::deepCopy).toList();
    }

    @Override
    public synchronized void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
