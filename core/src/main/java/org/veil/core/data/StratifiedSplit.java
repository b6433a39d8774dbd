package org.veil.core.data;

import java.util.Random;
import org.veil.core.run.Randomness;

/**
 * Seeded, stratified train/test split of one file. For each class in class order, the rows of that
 * class (in file order) are shuffled by Fisher–Yates with {@code rng.nextInt(i + 1)} for
 * {@code i = n-1 .. 1}, and the first {@code Math.round(testFraction * n)} of them go to the test
 * split. Both splits then list their rows in file order.
 *
 * <p>{@link java.util.Random} is used because its algorithm is fixed by its specification, so a seed
 * gives the same split on every JVM. Stateless; randomness only from the generator passed in.
 *
 * @param train row indices of the training split, ascending
 * @param test  row indices of the test split, ascending
 */
record StratifiedSplit(int[] train, int[] test) {

    /**
     * @param classOf      class index of each row, in {@code [0, numClasses)}
     * @param numClasses   number of classes
     * @param testFraction share of each class sent to the test split, in (0, 1)
     * @param rng          the generator; consumed once per swap
     */
    static StratifiedSplit of(int[] classOf, int numClasses, double testFraction, Random rng) {
        int[] counts = new int[numClasses];
        for (int c : classOf) {
            counts[c]++;
        }
        int[][] byClass = new int[numClasses][];
        for (int c = 0; c < numClasses; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] fill = new int[numClasses];
        for (int i = 0; i < classOf.length; i++) {
            byClass[classOf[i]][fill[classOf[i]]++] = i;
        }
        boolean[] isTest = new boolean[classOf.length];
        int testRows = 0;
        for (int c = 0; c < numClasses; c++) {
            int[] rows = byClass[c];
            Randomness.shuffle(rows, rng);
            int take = (int) Math.round(testFraction * rows.length);
            for (int k = 0; k < take; k++) {
                isTest[rows[k]] = true;
            }
            testRows += take;
        }
        int[] train = new int[classOf.length - testRows];
        int[] test = new int[testRows];
        int a = 0;
        int b = 0;
        for (int i = 0; i < classOf.length; i++) {
            if (isTest[i]) {
                test[b++] = i;
            } else {
                train[a++] = i;
            }
        }
        return new StratifiedSplit(train, test);
    }
}
