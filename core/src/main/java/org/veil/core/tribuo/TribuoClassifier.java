package org.veil.core.tribuo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.veil.core.error.DataFormatException;
import org.veil.core.model.SavableClassifier;
import org.veil.core.record.RecordJson;

/**
 * A Veil classifier backed by a probabilistic Tribuo {@code Model<Label>}. Rows are named by the
 * training data's encoded feature names; Tribuo's label names are mapped back to Veil's class
 * indices in the order of {@code Dataset.classNames()} (Tribuo orders labels its own way).
 *
 * <p>Saved as a zip with two entries: {@value #MODEL_ENTRY} (Tribuo's protobuf model format) and
 * {@value #META_ENTRY} (feature names and Veil's class order as JSON).
 *
 * <p>Thread safety: safe for concurrent use without locking; Tribuo's SGD models only read final
 * fields when predicting. Randomness: none.
 */
public final class TribuoClassifier implements SavableClassifier {
    /** The value of {@link #format()}. */
    public static final String FORMAT = "tribuo";
    static final String MODEL_ENTRY = "tribuo-model.pb";
    static final String META_ENTRY = "veil-model.json";
    private static final int PREDICT_BATCH = 4096;

    private final Model<Label> model;
    private final List<String> featureNames;
    private final List<String> classNames;
    private final String[] names;
    private final Map<String, Integer> classIndex = new HashMap<>();

    TribuoClassifier(Model<Label> model, List<String> featureNames, List<String> classNames) {
        this.model = Objects.requireNonNull(model, "model");
        this.featureNames = List.copyOf(featureNames);
        this.classNames = List.copyOf(classNames);
        this.names = this.featureNames.toArray(String[]::new);
        if (!model.generatesProbabilities()) {
            throw new IllegalArgumentException("Tribuo model " + model.getName() + " does not give probabilities");
        }
        for (int c = 0; c < this.classNames.size(); c++) {
            classIndex.put(this.classNames.get(c), c);
        }
        for (Label l : model.getOutputIDInfo().getDomain()) {
            if (!classIndex.containsKey(l.getLabel())) {
                throw new IllegalArgumentException("Tribuo label '" + l.getLabel() + "' is not one of " + classNames);
            }
        }
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws DataFormatException when the file is not a Veil Tribuo model zip
     */
    public static TribuoClassifier load(Path file) throws IOException {
        byte[] proto = null;
        Metadata meta = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (MODEL_ENTRY.equals(e.getName())) {
                    proto = zip.readAllBytes();
                } else if (META_ENTRY.equals(e.getName())) {
                    meta = RecordJson.mapper().readValue(zip.readAllBytes(), Metadata.class);
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new DataFormatException(file.toString(), 0, META_ENTRY, "unreadable metadata: "
                    + e.getOriginalMessage());
        }
        if (proto == null || meta == null) {
            throw new DataFormatException(file.toString(), 0, null, "not a " + FORMAT + " model: missing "
                    + (proto == null ? MODEL_ENTRY : META_ENTRY));
        }
        Model<?> raw;
        try (InputStream in = new java.io.ByteArrayInputStream(proto)) {
            raw = Model.deserializeFromStream(in);
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(file.toString(), 0, MODEL_ENTRY, "not a Tribuo model: " + e.getMessage());
        }
        if (!raw.validate(Label.class)) {
            throw new DataFormatException(file.toString(), 0, MODEL_ENTRY, "not a Tribuo classification model");
        }
        return new TribuoClassifier(raw.castModel(Label.class), meta.featureNames(), meta.classNames());
    }

    @Override
    public double[][] predictProbabilities(double[][] x) {
        double[][] out = new double[x.length][];
        for (int from = 0; from < x.length; from += PREDICT_BATCH) {
            int to = Math.min(x.length, from + PREDICT_BATCH);
            List<Prediction<Label>> predictions = model.predict(TribuoExamples.unlabelled(x, from, to, names));
            for (int i = 0; i < predictions.size(); i++) {
                double[] p = new double[classNames.size()];
                for (Map.Entry<String, Label> e : predictions.get(i).getOutputScores().entrySet()) {
                    p[classIndex.get(e.getKey())] = e.getValue().getScore();
                }
                out[from + i] = p;
            }
        }
        return out;
    }

    @Override
    public int numClasses() {
        return classNames.size();
    }

    /** Class names, index = Veil class. */
    public List<String> classNames() {
        return classNames;
    }

    /** Encoded feature names the model was trained with, in input-column order. */
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public void save(Path file) throws IOException {
        ByteArrayOutputStream proto = new ByteArrayOutputStream();
        model.serializeToStream(proto);
        byte[] meta = RecordJson.mapper().writeValueAsBytes(new Metadata(FORMAT, featureNames, classNames));
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry(MODEL_ENTRY));
            zip.write(proto.toByteArray());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(META_ENTRY));
            zip.write(meta);
            zip.closeEntry();
        }
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** What Veil stores beside Tribuo's protobuf. */
    record Metadata(String format, List<String> featureNames, List<String> classNames) {
    }
}
