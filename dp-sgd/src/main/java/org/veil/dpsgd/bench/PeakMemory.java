package org.veil.dpsgd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's peak resident memory: Linux's {@code VmHWM} ("high water mark" of the resident set
 * size) from {@code /proc/self/status} (proc(5)). It counts everything resident: the Java heap as
 * the garbage collector left it, ND4J's native arrays, libraries and thread stacks; it is what an
 * operator sizes a machine by. It never decreases during the life of the process.
 *
 * <p>Stateless and thread-safe. Randomness: none.
 */
public final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakMemory() {
    }

    /** Peak RSS in MiB, or NaN where {@code /proc/self/status} is unavailable (not Linux). */
    public static double mebibytes() {
        try {
            return parse(Files.readAllLines(STATUS));
        } catch (IOException | SecurityException e) {
            return Double.NaN;
        }
    }

    /** The {@code VmHWM} line of a status file, in MiB (the kernel writes kB = KiB); NaN when absent. */
    static double parse(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    return Long.parseLong(parts[0]) / 1024.0;
                }
            }
        }
        return Double.NaN;
    }
}
