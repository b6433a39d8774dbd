package org.veil.pate.teacher;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.veil.core.run.Randomness;

/**
 * The private rows split into disjoint parts, one per teacher (Papernot et al. 2017, section 2.1:
 * "partition the data into n disjoint sets"). Every part is a sorted set of row indices; the parts
 * are disjoint and cover every row, which {@link PartitionCheck} verifies on construction, also for a
 * partition the caller supplies.
 *
 * <p>Each part has a SHA-256 fingerprint for the teacher's record: the digest of its sorted row
 * indices, each written as a 4-byte big-endian integer. {@link #sha256()} fingerprints the whole
 * partition: the digest of the row count, the part count, then every part's size and indices, all
 * as 4-byte big-endian integers.
 *
 * <p>Immutable and thread-safe (arrays are copied in and out). Randomness: {@link #balanced} takes
 * its generator explicitly.
 */
public final class Partition {
    private final int rows;
    private final int[][] parts;
    private final String[] partSha256;

    private Partition(int rows, int[][] parts) {
        this.rows = rows;
        this.parts = parts;
        this.partSha256 = new String[parts.length];
        for (int k = 0; k < parts.length; k++) {
            partSha256[k] = digest(null, parts[k], false);
        }
    }

    /**
     * A seeded balanced partition: the rows shuffled (Fisher–Yates, {@link Randomness#shuffle}) and cut
     * into {@code teachers} consecutive blocks whose sizes differ by at most one (the first
     * {@code rows mod teachers} blocks get the extra row).
     *
     * @throws IllegalArgumentException when {@code teachers} is not in [1, rows]
     */
    public static Partition balanced(int rows, int teachers, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        if (rows < 1) {
            throw new IllegalArgumentException("data has " + rows + " rows, allowed: >= 1");
        }
        if (teachers < 1) {
            throw new IllegalArgumentException("teachers=" + teachers + ", allowed: >= 1");
        }
        if (teachers > rows) {
            throw new IllegalArgumentException("teachers=" + teachers + " but data has " + rows
                    + " rows, allowed: teachers <= rows");
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        Randomness.shuffle(order, random);
        int base = rows / teachers;
        int extra = rows % teachers;
        int[][] parts = new int[teachers][];
        int from = 0;
        for (int k = 0; k < teachers; k++) {
            int size = base + (k < extra ? 1 : 0);
            parts[k] = Arrays.copyOfRange(order, from, from + size);
            Arrays.sort(parts[k]);
            from += size;
        }
        return new Partition(rows, parts);
    }

    /**
     * A caller-supplied partition, checked by {@link PartitionCheck}; each part is copied and sorted.
     *
     * @throws IllegalArgumentException listing every problem when the parts are not disjoint, leave
     *                                  a row out, are empty or name a row outside [0, rows)
     */
    public static Partition of(int rows, int[][] parts) {
        PartitionCheck.check(rows, parts);
        int[][] copy = new int[parts.length][];
        for (int k = 0; k < parts.length; k++) {
            copy[k] = parts[k].clone();
            Arrays.sort(copy[k]);
        }
        return new Partition(rows, copy);
    }

    /** Number of rows partitioned. */
    public int rows() {
        return rows;
    }

    /** Number of parts (teachers). */
    public int teachers() {
        return parts.length;
    }

    /** A copy of part {@code k}'s row indices, ascending. */
    public int[] part(int k) {
        return parts[k].clone();
    }

    /** Rows in part {@code k}. */
    public int size(int k) {
        return parts[k].length;
    }

    /** Which part each row is in. */
    public int[] owners() {
        int[] owner = new int[rows];
        for (int k = 0; k < parts.length; k++) {
            for (int i : parts[k]) {
                owner[i] = k;
            }
        }
        return owner;
    }

    /** True when the part sizes differ by at most one. */
    public boolean isBalanced() {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int[] p : parts) {
            min = Math.min(min, p.length);
            max = Math.max(max, p.length);
        }
        return max - min <= 1;
    }

    /** SHA-256 (hex) of part {@code k}'s sorted row indices as 4-byte big-endian integers. */
    public String partSha256(int k) {
        return partSha256[k];
    }

    /** SHA-256 (hex) of the whole partition (row count, part count, then each part's size and indices). */
    public String sha256() {
        MessageDigest md = sha256Digest();
        md.update(ByteBuffer.allocate(8).putInt(rows).putInt(parts.length).array());
        for (int[] p : parts) {
            digest(md, p, true);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Smallest and largest part size, e.g. "120-121 rows" or "240 rows". */
    public String describeSizes() {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int[] p : parts) {
            min = Math.min(min, p.length);
            max = Math.max(max, p.length);
        }
        return (min == max ? Integer.toString(min) : min + "-" + max) + " rows";
    }

    private static String digest(MessageDigest into, int[] part, boolean withSize) {
        MessageDigest md = into == null ? sha256Digest() : into;
        ByteBuffer buffer = ByteBuffer.allocate(4 * (part.length + 1));
        if (withSize) {
            buffer.putInt(part.length);
        }
        for (int i : part) {
            buffer.putInt(i);
        }
        md.update(buffer.array(), 0, buffer.position());
        return into == null ? HexFormat.of().formatHex(md.digest()) : null;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
