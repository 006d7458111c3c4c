package org.crosscheck.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.api.ClaimValue;

/** Numbers as a reader sees them in a brief: figures in full with grouping, axis ticks short, steps round. */
final class Numbers {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Numbers() {
    }

    /** "4,000", "1.25", "-30", "1.2e+21": {@link ClaimValue#number}. */
    static String full(double v) {
        return ClaimValue.number(v);
    }

    /** Axis labels: "2.5k", "1.2M", "3B", "0.5". */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e15) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        String[] suffix = {"", "k", "M", "B", "T"};
        int i = 0;
        double x = v;
        while (Math.abs(x) >= 1000 && i < suffix.length - 1) {
            x /= 1000;
            i++;
        }
        DecimalFormat f = new DecimalFormat("0.##", SYMBOLS);
        String s = f.format(x);
        return (s.equals("-0") ? "0" : s) + suffix[i];
    }

    /** A round step (1, 2 or 5 times a power of ten) giving about {@code target} intervals over the range. */
    static double step(double lo, double hi, int target) {
        double span = hi - lo;
        if (!(span > 0)) {
            return 1;
        }
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Ticks from {@code floor(lo/step)*step} to {@code ceil(hi/step)*step}; the first and last bound the axis. */
    static List<Double> ticks(double lo, double hi, int target) {
        double step = step(lo, hi, target);
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        List<Double> out = new ArrayList<>();
        for (int i = 0; first + i * step <= last + step * 1e-9 && i < 50; i++) {
            double t = first + i * step;
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        if (out.size() < 2) {
            out.add(first + step);
        }
        return out;
    }
}
