package org.veil.cli.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.veil.core.data.Dataset;
import org.veil.core.data.LoadedData;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.error.VeilException;
import org.veil.core.model.SavableClassifier;
import org.veil.core.model.UniformClassifier;
import org.veil.core.model.SavedModels;
import org.veil.core.record.DataInfo;
import org.veil.core.record.RecordJson;
import org.veil.core.record.RunDirectory;
import org.veil.core.record.TrainingRecord;
import org.veil.core.tribuo.TribuoClassifier;

/**
 * The model under attack and its {@code record.json}, read from a run directory, and the check that
 * the data given on the command line is the data it was trained on (same source hash, a training
 * split at least as large as the rows it trained on, the same test split size, same encoded width and
 * classes). Immutable; no randomness.
 *
 * @param dir    the run directory
 * @param model  the trained model
 * @param record its training record
 */
record MiaTarget(Path dir, SavableClassifier model, TrainingRecord record) {

    /** Reads {@code dir/model.zip} and {@code dir/record.json}. */
    static MiaTarget read(Path dir) {
        Path zip = dir.resolve(RunDirectory.MODEL_FILE);
        Path json = dir.resolve(RecordJson.FILE_NAME);
        if (!Files.isRegularFile(zip) || !Files.isRegularFile(json)) {
            throw new IllegalArgumentException("--model=" + dir + ": no " + RunDirectory.MODEL_FILE + " and "
                    + RecordJson.FILE_NAME + " there (expected a directory written by a veil training command)");
        }
        try {
            return new MiaTarget(dir, SavedModels.load(zip), RecordJson.read(json));
        } catch (IOException e) {
            throw new VeilException("cannot read the model in " + dir + ": " + e, e);
        }
    }

    /** Refuses data that is not the target's training data, loaded with the same flags. */
    void requireTrainedOn(LoadedData data) {
        DataInfo info = record.data();
        Dataset train = data.train();
        if (!info.sha256().equals(data.source().sha256())) {
            throw new IllegalArgumentException("the model was trained on " + info.name() + " (sha256 " + info.sha256()
                    + ", " + info.rows() + " rows), --data is " + data.source().name() + " (sha256 "
                    + data.source().sha256() + ", " + data.source().rows() + " rows): pass the data and data flags it "
                    + "was trained with");
        }
        // A target may have trained on a subset of the split (veil experiment's members), never on more rows.
        if ((info.trainRows() != null && info.trainRows() > train.rows())
                || (info.testRows() != null && info.testRows() != data.test().rows())) {
            throw new IllegalArgumentException("the model was trained on " + info.trainRows() + " rows and tested on "
                    + info.testRows() + ", the data flags give " + train.rows() + " and " + data.test().rows()
                    + ": pass the data flags (--test-fraction, --missing, ...) it was trained with");
        }
        int features = features();
        if (features >= 0 && features != train.numFeatures()) {
            throw new IllegalArgumentException("the model takes " + features + " features, the data has "
                    + train.numFeatures() + ": model and data do not match (check the data flags)");
        }
        if (model.numClasses() != train.numClasses()) {
            throw new IllegalArgumentException("the model has " + model.numClasses() + " classes, the data has "
                    + train.numClasses() + " " + train.classNames() + ": model and data do not match");
        }
    }

    /** The claimed ε of the record ({@code Infinity} for a non-private model). */
    double claimedEpsilon() {
        return record.privacy().epsilon();
    }

    /** δ of the claimed guarantee, or {@code fallback} when the record has none (non-private: 0). */
    double delta(double fallback) {
        double d = record.privacy().delta();
        return d > 0 ? d : fallback;
    }

    /** The model's input width, or -1 when the format does not say. */
    private int features() {
        if (model instanceof Dl4jClassifier d) {
            return d.numFeatures();
        }
        if (model instanceof TribuoClassifier t) {
            return t.featureNames().size();
        }
        if (model instanceof UniformClassifier u) {
            return u.numFeatures();
        }
        return -1;
    }
}
