package org.veil.cli.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import org.veil.core.record.RecordJson;
import picocli.CommandLine.Option;

/** The shared {@code --json} flag: print the result as one JSON object on stdout and nothing else there. */
public final class JsonOption {
    @Option(names = "--json", description = "Print the result as one JSON object on stdout (nothing else there).")
    private boolean json;

    public boolean enabled() {
        return json;
    }

    /** Writes {@code value} as one line of JSON. */
    public static void print(PrintWriter out, Object value) {
        try {
            out.println(RecordJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
