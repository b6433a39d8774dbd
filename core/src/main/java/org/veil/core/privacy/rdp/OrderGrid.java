package org.veil.core.privacy.rdp;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * The Renyi orders an RDP accountant searches. Immutable.
 *
 * <p>The default grid is wide: steps of 0.01 from 1.01 to 1.1 (where the optimum sits for very large
 * epsilon), 0.1 up to 11, integers up to 64, then four per octave up to 1024 (where it sits for very
 * small epsilon and few compositions; epsilon is flat in the order there): 178 orders. Opacus and dp_accounting search 1.1 to 63 or 512 by
 * default; a wider grid can only lower the reported epsilon, never make it invalid, because every
 * order gives a valid bound.
 */
public final class OrderGrid {
    private final double[] orders;

    private OrderGrid(double[] orders) {
        this.orders = orders;
    }

    /** The default grid described above. */
    public static OrderGrid standard() {
        DoubleStream.Builder b = DoubleStream.builder();
        for (int i = 101; i < 110; i++) {
            b.add(i / 100.0);
        }
        for (int i = 11; i < 110; i++) {
            b.add(i / 10.0);
        }
        for (int i = 11; i <= 64; i++) {
            b.add(i);
        }
        for (int octave = 64; octave < 1024; octave *= 2) {
            for (int step = 1; step <= 4; step++) {
                b.add(octave + step * octave / 4.0); // 80, 96, 112, 128, 160, ..., 896, 1024
            }
        }
        return new OrderGrid(b.build().toArray());
    }

    /** A custom grid; orders are sorted and deduplicated. */
    public static OrderGrid of(double... orders) {
        if (orders == null || orders.length == 0) {
            throw new IllegalArgumentException("orders=[], allowed: at least one order > 1");
        }
        double[] sorted = Arrays.stream(orders).sorted().distinct().toArray();
        for (double a : sorted) {
            if (!(a > 1) || Double.isInfinite(a)) {
                throw new IllegalArgumentException("order=" + a + ", allowed: > 1 and finite");
            }
        }
        return new OrderGrid(sorted);
    }

    /** Parses "1.5,2,4,8" or a range "1.1:64" (integers and tenths as in the default grid within it). */
    public static OrderGrid parse(String text) {
        String t = text.trim();
        if (t.contains(":")) {
            String[] parts = t.split(":", -1);
            double lo = parseOrder(parts[0]);
            double hi = parts.length == 2 ? parseOrder(parts[1]) : Double.NaN;
            if (parts.length != 2 || !(hi >= lo)) {
                throw new IllegalArgumentException("orders=" + text + ", allowed: a list like 2,4,8 or a range LO:HI");
            }
            double[] in = Arrays.stream(standard().orders).filter(a -> a >= lo && a <= hi).toArray();
            return of(DoubleStream.concat(DoubleStream.of(lo, hi), Arrays.stream(in)).toArray());
        }
        String[] parts = t.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parseOrder(parts[i]);
        }
        return of(values);
    }

    private static double parseOrder(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("order='" + s.trim() + "', allowed: a number > 1", e);
        }
    }

    /** A copy of the orders, ascending. */
    public double[] orders() {
        return orders.clone();
    }

    public int size() {
        return orders.length;
    }

    public double min() {
        return orders[0];
    }

    public double max() {
        return orders[orders.length - 1];
    }

    /** "1.01-1024 (178 orders)". */
    public String describe() {
        return String.format(Locale.ROOT, "%s-%s (%d orders)", fmt(min()), fmt(max()), orders.length);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderGrid g && Arrays.equals(orders, g.orders);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(orders);
    }

    @Override
    public String toString() {
        return "OrderGrid" + Arrays.toString(orders);
    }
}
