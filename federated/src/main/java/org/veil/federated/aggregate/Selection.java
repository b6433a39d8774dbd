package org.veil.federated.aggregate;

/**
 * In-place selection of the k-th smallest value (Hoare's FIND / quickselect, Hoare 1961, CACM
 * Algorithm 65) with a median-of-three pivot and insertion sort for short ranges; expected O(len).
 * Package-private.
 *
 * <p>Thread safety: stateless; the array is the caller's. Randomness: none (deterministic pivots).
 */
final class Selection {
    private static final int INSERTION_LIMIT = 16;

    private Selection() {
    }

    /**
     * Reorders {@code a[from, to)} so that {@code a[k]} is the value that would be there if the range
     * were sorted, everything in [from, k) is ≤ a[k] and everything in (k, to) is ≥ a[k]. Values
     * must not be NaN.
     *
     * @return a[k]
     */
    static double select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            if (hi - lo < INSERTION_LIMIT) {
                insertionSort(a, lo, hi);
                break;
            }
            int mid = (lo + hi) >>> 1;
            // Median of three puts sentinels at lo and hi, so the scans below stay in range.
            if (a[mid] < a[lo]) {
                swap(a, lo, mid);
            }
            if (a[hi] < a[lo]) {
                swap(a, lo, hi);
            }
            if (a[hi] < a[mid]) {
                swap(a, mid, hi);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            // Now [lo, j] ≤ pivot ≤ [i, hi], and everything strictly between j and i equals the pivot.
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return a[k];
    }

    /** The largest value in a[from, to). */
    static double max(double[] a, int from, int to) {
        double m = a[from];
        for (int i = from + 1; i < to; i++) {
            m = Math.max(m, a[i]);
        }
        return m;
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
