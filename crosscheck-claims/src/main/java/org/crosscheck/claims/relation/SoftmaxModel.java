package org.crosscheck.claims.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A multinomial logistic regression over standardised features, one row of weights per {@link ClaimRelation}, with
 * decision offsets added to the log-probabilities before the arg-max (they shift the decision toward the rarer
 * relations without retraining). Immutable; {@link #write} and {@link #read} keep it as a small text file of numbers.
 */
public final class SoftmaxModel {

    private static final String MAGIC = "crosscheck-claim-relation-model 1";
    private static final ClaimRelation[] CLASSES = ClaimRelation.values();

    private final Set<FeatureGroup> groups;
    private final double[] mean;
    private final double[] scale;
    private final double[][] weights;
    private final double[] bias;
    private final double[] offsets;

    SoftmaxModel(Set<FeatureGroup> groups, double[] mean, double[] scale, double[][] weights, double[] bias,
                 double[] offsets) {
        if (mean.length != scale.length || weights.length != CLASSES.length || bias.length != CLASSES.length
                || offsets.length != CLASSES.length) {
            throw new IllegalArgumentException("inconsistent model: " + mean.length + " features, " + weights.length
                    + " weight rows, " + bias.length + " biases, " + offsets.length + " offsets");
        }
        for (double[] row : weights) {
            if (row.length != mean.length) {
                throw new IllegalArgumentException("weight row of " + row.length + " for " + mean.length + " features");
            }
        }
        this.groups = EnumSet.copyOf(groups);
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = Arrays.stream(weights).map(double[]::clone).toArray(double[][]::new);
        this.bias = bias.clone();
        this.offsets = offsets.clone();
    }

    /** The feature groups the model reads, which fix its feature vector. */
    public Set<FeatureGroup> groups() {
        return EnumSet.copyOf(groups);
    }

    /** Number of features. */
    public int dimension() {
        return mean.length;
    }

    /** Decision offsets, one per relation in {@link ClaimRelation} order. */
    public double[] offsets() {
        return offsets.clone();
    }

    /** The same weights with other decision offsets. */
    public SoftmaxModel withOffsets(double[] newOffsets) {
        return new SoftmaxModel(groups, mean, scale, weights, bias, newOffsets);
    }

    /** Class probabilities of a raw feature vector, in {@link ClaimRelation} order. */
    public double[] probabilities(double[] x) {
        if (x.length != mean.length) {
            throw new IllegalArgumentException("feature vector of " + x.length + ", model has " + mean.length);
        }
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / scale[j];
        }
        return softmax(logits(weights, bias, z));
    }

    /** The relation decided for class probabilities: the arg-max of log-probability plus offset. */
    public ClaimRelation decide(double[] probabilities) {
        return CLASSES[decide(probabilities, offsets)];
    }

    static int decide(double[] probabilities, double[] offsets) {
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < probabilities.length; k++) {
            double v = Math.log(Math.max(probabilities[k], 1e-300)) + offsets[k];
            if (v > top) {
                top = v;
                best = k;
            }
        }
        return best;
    }

    static double[] logits(double[][] w, double[] b, double[] z) {
        double[] out = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            double s = b[k];
            double[] row = w[k];
            for (int j = 0; j < z.length; j++) {
                s += row[j] * z[j];
            }
            out[k] = s;
        }
        return out;
    }

    static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] out = new double[logits.length];
        for (int k = 0; k < logits.length; k++) {
            out[k] = Math.exp(logits[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= sum;
        }
        return out;
    }

    /** Writes the model as lines of {@code key value...}; numbers in shortest round-trip form. */
    public void write(Writer out) {
        try {
            out.write(MAGIC + "\n");
            out.write("groups " + String.join(" ", groups.stream().map(g -> g.name().toLowerCase(Locale.ROOT)).toList())
                    + "\n");
            out.write("classes " + String.join(" ", Arrays.stream(CLASSES).map(ClaimRelation::label).toList()) + "\n");
            line(out, "mean", mean);
            line(out, "scale", scale);
            line(out, "bias", bias);
            line(out, "offsets", offsets);
            for (int k = 0; k < CLASSES.length; k++) {
                line(out, "weights." + CLASSES[k].label(), weights[k]);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the relation model: " + e.getMessage(), e);
        }
    }

    private static void line(Writer out, String key, double[] values) throws IOException {
        StringBuilder sb = new StringBuilder(key);
        for (double v : values) {
            sb.append(' ').append((float) v);
        }
        out.write(sb.append('\n').toString());
    }

    /** Reads a model written by {@link #write}; {@code source} names it in error messages. */
    public static SoftmaxModel read(Reader in, String source) {
        Map<String, String> lines = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String first = r.readLine();
            if (!MAGIC.equals(first)) {
                throw new IllegalArgumentException(source + ": not a relation model (first line '" + first + "')");
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int sp = line.indexOf(' ');
                if (!line.isBlank()) {
                    lines.put(sp < 0 ? line : line.substring(0, sp), sp < 0 ? "" : line.substring(sp + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        String classes = need(lines, "classes", source);
        String expected = String.join(" ", Arrays.stream(CLASSES).map(ClaimRelation::label).toList());
        if (!classes.equals(expected)) {
            throw new IllegalArgumentException(source + ": classes '" + classes + "', expected '" + expected + "'");
        }
        Set<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
        for (String g : need(lines, "groups", source).split(" ")) {
            try {
                groups.add(FeatureGroup.valueOf(g.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": unknown feature group '" + g + "'", e);
            }
        }
        double[][] w = new double[CLASSES.length][];
        for (int k = 0; k < CLASSES.length; k++) {
            w[k] = numbers(lines, "weights." + CLASSES[k].label(), source);
        }
        return new SoftmaxModel(groups, numbers(lines, "mean", source), numbers(lines, "scale", source), w,
                numbers(lines, "bias", source), numbers(lines, "offsets", source));
    }

    private static String need(Map<String, String> lines, String key, String source) {
        String v = lines.get(key);
        if (v == null) {
            throw new IllegalArgumentException(source + ": no '" + key + "' line");
        }
        return v;
    }

    private static double[] numbers(Map<String, String> lines, String key, String source) {
        String v = need(lines, key, source);
        List<Double> out = new ArrayList<>();
        for (String s : v.split(" ")) {
            try {
                out.add(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": '" + key + "': not a number '" + s + "'", e);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
