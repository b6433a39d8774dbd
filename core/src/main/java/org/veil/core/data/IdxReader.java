package org.veil.core.data;

import java.nio.ByteBuffer;
import org.veil.core.error.DataFormatException;

/**
 * Reads the IDX format of the MNIST files (LeCun et al., "The MNIST database", file formats):
 * big-endian, a 4-byte magic number {@code 0x0000 08 nn} (type 0x08 = unsigned byte, nn = number
 * of dimensions), one 4-byte size per dimension, then the bytes. Images have 3 dimensions
 * (count, rows, columns), labels 1 (count). Every size is checked against the file length.
 *
 * <p>Stateless and thread-safe.
 */
final class IdxReader {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /**
     * Unsigned-byte images.
     *
     * @param count  number of images
     * @param rows   image height
     * @param cols   image width
     * @param pixels the file's bytes: {@code count * rows * cols} pixels from {@code offset}, row-major per image
     * @param offset where the pixels start (after the header)
     */
    record Images(int count, int rows, int cols, byte[] pixels, int offset) {
        /** Pixel {@code p} of image {@code i}, in 0..255. */
        int pixel(int i, int p) {
            return pixels[offset + i * rows * cols + p] & 0xFF;
        }
    }

    static Images images(String file, byte[] bytes) {
        int[] dims = header(file, bytes, IMAGES_MAGIC, "images");
        long expected = 16L + (long) dims[0] * dims[1] * dims[2];
        checkLength(file, bytes, expected, dims[0] + " images of " + dims[1] + " x " + dims[2]);
        return new Images(dims[0], dims[1], dims[2], bytes, 16);
    }

    /** Unsigned-byte labels, as ints 0..255. */
    static int[] labels(String file, byte[] bytes) {
        int[] dims = header(file, bytes, LABELS_MAGIC, "labels");
        checkLength(file, bytes, 8L + dims[0], dims[0] + " labels");
        int[] labels = new int[dims[0]];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = bytes[8 + i] & 0xFF;
        }
        return labels;
    }

    private static int[] header(String file, byte[] bytes, int magic, String what) {
        int ndim = magic & 0xFF;
        int headerBytes = 4 + 4 * ndim;
        if (bytes.length < headerBytes) {
            throw new DataFormatException(file, 0, null, "too short for an IDX " + what + " header: " + bytes.length
                    + " bytes, need " + headerBytes);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int found = buffer.getInt();
        if (found != magic) {
            throw new DataFormatException(file, 0, null, String.format("wrong magic number 0x%08x, expected 0x%08x "
                    + "(IDX unsigned-byte %s)", found, magic, what));
        }
        int[] dims = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            dims[k] = buffer.getInt();
            if (dims[k] <= 0) {
                throw new DataFormatException(file, 0, null, "dimension " + (k + 1) + " is " + dims[k]
                        + ", must be positive");
            }
        }
        return dims;
    }

    private static void checkLength(String file, byte[] bytes, long expected, String what) {
        if (bytes.length != expected) {
            throw new DataFormatException(file, 0, null, "size " + bytes.length + " bytes does not match the header ("
                    + what + " need " + expected + " bytes)");
        }
    }
}
