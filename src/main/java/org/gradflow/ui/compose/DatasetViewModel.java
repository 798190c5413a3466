package org.gradflow.ui.compose;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.LayerSpec;

/**
 * The editable dataset settings: a generator and its parameters, or a CSV file; the validation split and
 * standardisation. Numbers are text as typed. Holds no Nodes. Fields the current kind does not use are hidden in
 * the view and never make the spec invalid.
 *
 * <p>Problem paths: {@code dataset.kind|samples|noise|seed|classes|features|outputs|csvFile|targetColumn|validationFraction}.
 */
public final class DatasetViewModel {
    static final String PREFIX = "dataset.";

    private final ObjectProperty<DatasetKind> kind = new SimpleObjectProperty<>(this, "kind", DatasetKind.SPIRAL);
    private final StringProperty samples = new SimpleStringProperty(this, "samples", "1000");
    private final StringProperty noise = new SimpleStringProperty(this, "noise", "0.1");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final StringProperty classes = new SimpleStringProperty(this, "classes", "2");
    private final StringProperty features = new SimpleStringProperty(this, "features", "2");
    private final StringProperty outputs = new SimpleStringProperty(this, "outputs", "1");
    private final StringProperty csvFile = new SimpleStringProperty(this, "csvFile", "");
    private final StringProperty targetColumn = new SimpleStringProperty(this, "targetColumn", "");
    private final BooleanProperty csvHeader = new SimpleBooleanProperty(this, "csvHeader", true);
    private final BooleanProperty csvClassification = new SimpleBooleanProperty(this, "csvClassification", true);
    private final StringProperty validationFraction = new SimpleStringProperty(this, "validationFraction", "0.2");
    private final BooleanProperty standardize = new SimpleBooleanProperty(this, "standardize", true);

    DatasetViewModel() {
    }

    /** Replaces every field with {@code spec}, not {@code null}. */
    void load(DatasetSpec spec) {
        kind.set(spec.kind());
        samples.set(NumberText.of(spec.samples()));
        noise.set(NumberText.of(spec.noise()));
        seed.set(NumberText.of(spec.seed()));
        classes.set(NumberText.of(spec.classes()));
        features.set(NumberText.of(spec.features()));
        outputs.set(NumberText.of(spec.outputs()));
        csvFile.set(spec.csvFile() == null ? "" : spec.csvFile());
        targetColumn.set(spec.targetColumn() == null ? "" : spec.targetColumn());
        csvHeader.set(spec.csvHeader());
        csvClassification.set(spec.csvClassification());
        validationFraction.set(NumberText.of(spec.validationFraction()));
        standardize.set(spec.standardize());
    }

    /** @return the dataset spec, or {@code null} after recording problems under {@code dataset.} */
    DatasetSpec toSpec(FieldProblems problems) {
        String p = PREFIX;
        DatasetKind k = kind.get();
        if (k == null) {
            problems.add(p + "kind", "is required");
            return null;
        }
        boolean csv = k == DatasetKind.CSV;
        Integer n = csv ? unusedInt(samples.get(), 1000, 2, DatasetSpec.MAX_SAMPLES) : problems.parseInt(p + "samples", samples.get());
        Double sigma = csv ? FieldProblems.parseUnused(noise.get(), 0, v -> v >= 0) : problems.parseDouble(p + "noise", noise.get());
        Long s = problems.parseLong(p + "seed", seed.get());
        Integer c = usesClasses(k) ? problems.parseInt(p + "classes", classes.get())
                : unusedInt(classes.get(), 2, 2, DatasetSpec.MAX_CLASSES);
        Integer f = usesFeatures(k) ? problems.parseInt(p + "features", features.get())
                : unusedInt(features.get(), 2, 1, LayerSpec.MAX_UNITS);
        Integer o = k == DatasetKind.TEACHER ? problems.parseInt(p + "outputs", outputs.get())
                : unusedInt(outputs.get(), 1, 1, LayerSpec.MAX_UNITS);
        Double v = problems.parseDouble(p + "validationFraction", validationFraction.get());
        if (n == null || sigma == null || s == null || c == null || f == null || o == null || v == null) {
            return null;
        }
        String file = csv ? blankToNull(csvFile.get()) : null;
        String target = csv ? blankToNull(targetColumn.get()) : null;
        return problems.build(p, () -> new DatasetSpec(k, n, sigma, s, c, f, o, file, target, csvHeader.get(),
                csvClassification.get(), v, standardize.get()));
    }

    private static Integer unusedInt(String text, int fallback, int min, int max) {
        double v = FieldProblems.parseUnused(text, fallback, x -> x == Math.rint(x) && x >= min && x <= max);
        return (int) v;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static boolean usesClasses(DatasetKind k) {
        return k == DatasetKind.SPIRAL || k == DatasetKind.BLOBS;
    }

    static boolean usesFeatures(DatasetKind k) {
        return k == DatasetKind.BLOBS || k == DatasetKind.TEACHER;
    }

    /** @return the editable properties (for change listeners) */
    List<Observable> editables() {
        return List.of(kind, samples, noise, seed, classes, features, outputs, csvFile, targetColumn, csvHeader,
                csvClassification, validationFraction, standardize);
    }

    /** @return true while the kind is a generator (samples and noise apply) */
    public BooleanBinding generatedBinding() {
        return kind.isNotEqualTo(DatasetKind.CSV).and(kind.isNotNull());
    }

    /** @return true while the kind is CSV (file, target column, header, classification apply) */
    public BooleanBinding csvBinding() {
        return kind.isEqualTo(DatasetKind.CSV);
    }

    /** @return true while the kind has a class count (spiral, blobs) */
    public BooleanBinding classesUsedBinding() {
        return Bindings.createBooleanBinding(() -> kind.get() != null && usesClasses(kind.get()), kind);
    }

    /** @return true while the kind has a feature count (blobs, teacher) */
    public BooleanBinding featuresUsedBinding() {
        return Bindings.createBooleanBinding(() -> kind.get() != null && usesFeatures(kind.get()), kind);
    }

    /** @return true while the kind has an output count (teacher) */
    public BooleanBinding outputsUsedBinding() {
        return kind.isEqualTo(DatasetKind.TEACHER);
    }

    /** @return the source; {@code null} is reported as a problem */
    public ObjectProperty<DatasetKind> kindProperty() {
        return kind;
    }

    /** @return number of generated examples as text, 2 to 10,000,000 */
    public StringProperty samplesProperty() {
        return samples;
    }

    /** @return generator noise (standard deviation, input units) as text, at least 0 */
    public StringProperty noiseProperty() {
        return noise;
    }

    /** @return seed of the generator and the split, as text */
    public StringProperty seedProperty() {
        return seed;
    }

    /** @return number of classes (spiral, blobs) as text */
    public StringProperty classesProperty() {
        return classes;
    }

    /** @return input width (blobs, teacher) as text */
    public StringProperty featuresProperty() {
        return features;
    }

    /** @return target width (teacher) as text */
    public StringProperty outputsProperty() {
        return outputs;
    }

    /** @return path of the CSV file, "" when none; never {@code null} unless a view sets it so */
    public StringProperty csvFileProperty() {
        return csvFile;
    }

    /** @return the CSV target column: header name or 1-based column number; "" when none */
    public StringProperty targetColumnProperty() {
        return targetColumn;
    }

    /** @return whether the CSV file's first line is a header */
    public BooleanProperty csvHeaderProperty() {
        return csvHeader;
    }

    /** @return whether the CSV target is a class label (true) or a regression value (false) */
    public BooleanProperty csvClassificationProperty() {
        return csvClassification;
    }

    /** @return share of examples held out for validation, as text, in [0, 0.9] */
    public StringProperty validationFractionProperty() {
        return validationFraction;
    }

    /** @return whether inputs are standardised with training-set statistics */
    public BooleanProperty standardizeProperty() {
        return standardize;
    }
}
