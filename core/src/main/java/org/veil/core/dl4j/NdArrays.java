package org.veil.core.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Copies between Veil's {@code double[][]} rows and ND4J float32 matrices: one flat Java buffer and
 * one native allocation per block of rows, never one per row.
 *
 * <p>Thread safety: stateless; the returned arrays belong to the caller.
 */
final class NdArrays {

    private NdArrays() {
    }

    /**
     * Rows {@code [from, to)} of {@code x} as a float32 {@code [to - from, width]} matrix.
     *
     * @throws IllegalArgumentException when a row does not have {@code width} values
     */
    static INDArray rows(double[][] x, int from, int to, int width) {
        int n = to - from;
        float[] flat = new float[Math.multiplyExact(n, width)];
        int k = 0;
        for (int i = from; i < to; i++) {
            double[] row = x[i];
            if (row == null || row.length != width) {
                throw new IllegalArgumentException("x[" + i + "] has " + (row == null ? "no" : row.length)
                        + " values, allowed: " + width);
            }
            for (int j = 0; j < width; j++) {
                flat[k++] = (float) row[j];
            }
        }
        return Nd4j.create(flat, new long[] {n, width}, DataType.FLOAT);
    }

    /** One-hot float32 {@code [labels.length, numClasses]} matrix of class indices. */
    static INDArray oneHot(int[] labels, int numClasses) {
        float[] flat = new float[Math.multiplyExact(labels.length, numClasses)];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < 0 || c >= numClasses) {
                throw new IllegalArgumentException("labels[" + i + "]=" + c + ", allowed: [0, " + numClasses + ")");
            }
            flat[i * numClasses + c] = 1f;
        }
        return Nd4j.create(flat, new long[] {labels.length, numClasses}, DataType.FLOAT);
    }

    /** A rank-1 float32 array of {@code values}. */
    static INDArray vector(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return Nd4j.create(f, new long[] {values.length}, DataType.FLOAT);
    }

    /**
     * The values of a float32 array in its own ordering, copied in bulk (one memcpy) when the array
     * covers its whole buffer contiguously, element by element otherwise.
     */
    static float[] readFloats(INDArray a) {
        if (contiguous(a)) {
            float[] out = new float[(int) a.length()];
            ((org.bytedeco.javacpp.FloatPointer) a.data().pointer()).get(out);
            return out;
        }
        return a.dup().data().asFloat();
    }

    /** Overwrites a float32 array with {@code values} (bulk copy when contiguous, see {@link #readFloats}). */
    static void writeFloats(INDArray a, float[] values) {
        if (values.length != a.length()) {
            throw new IllegalArgumentException("values has " + values.length + " entries, allowed: " + a.length());
        }
        if (contiguous(a)) {
            ((org.bytedeco.javacpp.FloatPointer) a.data().pointer()).put(values);
        } else {
            a.assign(Nd4j.create(values, a.shape(), a.ordering()));
        }
    }

    private static boolean contiguous(INDArray a) {
        return a.dataType() == DataType.FLOAT && a.offset() == 0 && a.length() == a.data().length()
                && a.data().pointer() instanceof org.bytedeco.javacpp.FloatPointer;
    }
}
