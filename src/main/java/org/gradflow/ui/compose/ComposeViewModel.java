package org.gradflow.ui.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.ResidualSpec;

/**
 * The state of the compose screen: the layers, residual blocks, network input size, training settings, dataset,
 * experiment name and seed, all editable, with live validation. Holds no Nodes and needs no JavaFX toolkit.
 *
 * <p>Every edit rebuilds the {@link ExperimentSpec}. When it is valid, {@link #specProperty()} takes it; otherwise
 * {@link #validProperty()} is false, {@link #problems()} maps each failing field path (such as
 * {@code network.layers[3].units} or {@code training.optimizer.learningRate}) to its problem, and
 * {@link #validationMessageProperty()} names the first one. Layer indices are 0-based from the input side.
 *
 * <p>Structure edits (add, insert, duplicate, remove, move, repeat, load) throw {@link IllegalStateException} while
 * {@link #lockedProperty()} is true and {@link IndexOutOfBoundsException} for indices out of range. Residual blocks
 * follow the rule of {@link LayerOperations}; a block that an edit breaks is dropped and {@link #noticeProperty()}
 * says so. When the dataset changes, the input size and output layer follow it (see {@link DatasetFit}).
 * Not thread-safe: use from one thread (the FX thread in the app).
 */
public final class ComposeViewModel {
    private final ObservableList<LayerRowViewModel> rows = FXCollections.observableArrayList();
    private final ObservableList<LayerRowViewModel> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final LayerOperations operations = new LayerOperations(rows);
    private final TrainingViewModel training = new TrainingViewModel();
    private final DatasetViewModel dataset = new DatasetViewModel();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "0");
    private final StringProperty inputSize = new SimpleStringProperty(this, "inputSize", "2");
    private final ReadOnlyBooleanWrapper inputSizeFixed = new ReadOnlyBooleanWrapper(this, "inputSizeFixed", false);
    private final ReadOnlyObjectWrapper<ExperimentSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper(this, "validationMessage", "");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableMap<String, String> readOnlyProblems = FXCollections.unmodifiableObservableMap(problems);
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(this, "selectedLayer", -1);
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ChangeListener<Object> rebuildOnChange = (o, a, b) -> rebuild();
    private ExperimentSpec saved;
    private DatasetSpec lastDataset;
    private int batchDepth;
    private boolean loading;

    /** @param initial the experiment to start with, not {@code null}; it also counts as saved */
    public ComposeViewModel(ExperimentSpec initial) {
        Objects.requireNonNull(initial, "initial");
        rows.addListener((ListChangeListener<LayerRowViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> r.editables().forEach(p -> listen(p, false)));
                c.getAddedSubList().forEach(r -> r.editables().forEach(p -> listen(p, true)));
            }
            rebuild();
        });
        training.editables().forEach(p -> listen(p, true));
        List.of(name, seed, inputSize).forEach(p -> p.addListener(rebuildOnChange));
        ChangeListener<Object> datasetChange = (o, a, b) -> datasetChanged();
        dataset.editables().forEach(p -> ((javafx.beans.value.ObservableValue<?>) p).addListener(datasetChange));
        selectedLayer.addListener((o, a, b) -> {
            if (b.intValue() < -1 || b.intValue() >= rows.size()) {
                selectedLayer.set(-1);
            }
        });
        load(initial);
    }

    private void listen(Observable property, boolean add) {
        javafx.beans.value.ObservableValue<?> value = (javafx.beans.value.ObservableValue<?>) property;
        if (add) {
            value.addListener(rebuildOnChange);
        } else {
            value.removeListener(rebuildOnChange);
        }
    }

    /**
     * Replaces everything with {@code spec} (not {@code null}), which then counts as saved. The selection is kept
     * when still in range, else cleared.
     *
     * @throws IllegalStateException while locked
     */
    public void load(ExperimentSpec spec) {
        Objects.requireNonNull(spec, "spec");
        checkUnlocked();
        loading = true;
        try {
            batch(() -> {
                name.set(spec.name());
                seed.set(NumberText.of(spec.seed()));
                dataset.load(spec.dataset());
                training.load(spec.training());
                NetworkSpec net = spec.network();
                inputSize.set(NumberText.of(net.inputSize()));
                int[] spans = new int[net.layers().size()];
                for (ResidualSpec r : net.residuals()) {
                    spans[r.firstLayer()] = r.layerCount();
                }
                List<LayerRowViewModel> loaded = new ArrayList<>();
                for (int i = 0; i < spans.length; i++) {
                    LayerRowViewModel row = new LayerRowViewModel(net.layers().get(i));
                    row.residualSpanProperty().set(spans[i]);
                    loaded.add(row);
                }
                rows.setAll(loaded);
                lastDataset = spec.dataset();
            });
        } finally {
            loading = false;
        }
        notice.set("");
        if (selectedLayer.get() >= rows.size()) {
            selectedLayer.set(-1);
        }
        markSaved();
    }

    /** The current valid spec now counts as saved: {@link #dirtyProperty()} turns false while it stays unchanged. */
    public void markSaved() {
        saved = spec.get();
        updateDirty();
    }

    /** Appends a hidden layer just before the output layer, like the hidden layer above it; selects it. */
    public void addLayer() {
        insertLayer(rows.size() - 1);
    }

    /**
     * Inserts a new layer at {@code index} (0 to the number of layers), a copy of the nearest hidden layer without
     * residual block (or 8 tanh units with Xavier init when there is none); selects it.
     */
    public void insertLayer(int index) {
        checkUnlocked();
        Objects.checkIndex(index, rows.size() + 1);
        int hidden = rows.size() - 1;
        LayerRowViewModel row = hidden == 0 ? new LayerRowViewModel(LayerSpec.dense(8, ActivationKind.TANH, InitKind.XAVIER_NORMAL))
                : rows.get(Math.max(0, Math.min(index - 1, hidden - 1))).copy(0);
        edit(() -> operations.insert(index, row), index);
    }

    /** Inserts a copy of layer {@code index} right after it (with its residual block if that spans one layer); selects the copy. */
    public void duplicateLayer(int index) {
        checkUnlocked();
        Objects.checkIndex(index, rows.size());
        checkRoom(1);
        edit(() -> operations.repeat(index, index, 1), index + 1);
    }

    /**
     * Removes layer {@code index}; the selection moves to the layer now at that place.
     *
     * @throws IllegalStateException when it is the only layer
     */
    public void removeLayer(int index) {
        checkUnlocked();
        Objects.checkIndex(index, rows.size());
        if (rows.size() == 1) {
            throw new IllegalStateException("the network needs at least one layer");
        }
        edit(() -> operations.remove(index), Math.min(index, rows.size() - 2));
    }

    /** Moves layer {@code from} so that it ends at index {@code to}; selects it there. */
    public void moveLayer(int from, int to) {
        checkUnlocked();
        Objects.checkIndex(from, rows.size());
        Objects.checkIndex(to, rows.size());
        edit(() -> operations.move(from, to), to);
    }

    /**
     * Inserts {@code times} copies of layers {@code from..to} (inclusive) after layer {@code to}, so the range then
     * occurs {@code times + 1} times in a row; copies keep residual blocks that lie wholly inside the range.
     *
     * @param times number of copies, at least 1
     * @throws IllegalArgumentException when {@code from > to}, {@code times < 1} or the network would exceed
     *         {@value NetworkSpec#MAX_LAYERS} layers
     */
    public void repeat(int from, int to, int times) {
        checkUnlocked();
        Objects.checkIndex(from, rows.size());
        Objects.checkIndex(to, rows.size());
        if (from > to || times < 1) {
            throw new IllegalArgumentException("need from <= to and times >= 1, got " + from + ", " + to + ", " + times);
        }
        checkRoom((long) (to - from + 1) * times);
        edit(() -> operations.repeat(from, to, times), selectedLayer.get());
    }

    /** @return how many more layers fit before {@value NetworkSpec#MAX_LAYERS} is reached, at least 0 */
    public int layersLeft() {
        return Math.max(0, NetworkSpec.MAX_LAYERS - rows.size());
    }

    /**
     * Sets the input size and output layer to the dataset's widths now (this happens by itself when the dataset
     * changes); the notice lists what changed. Does nothing while the dataset settings are invalid.
     */
    public void fitToDataset() {
        checkUnlocked();
        DatasetSpec current = dataset.toSpec(new FieldProblems());
        if (current != null) {
            fit(lastDataset, current);
        }
    }

    private void checkRoom(long added) {
        if (rows.size() + added > NetworkSpec.MAX_LAYERS) {
            throw new IllegalArgumentException("a network has at most " + NetworkSpec.MAX_LAYERS + " layers; adding "
                    + added + " to " + rows.size() + " is too many");
        }
    }

    private void checkUnlocked() {
        if (locked.get()) {
            throw new IllegalStateException("the network cannot be changed while it is training");
        }
    }

    private void edit(java.util.function.Supplier<String> operation, int selectAfter) {
        String[] message = {""};
        batch(() -> message[0] = operation.get());
        notice.set(message[0]);
        selectedLayer.set(selectAfter < rows.size() ? selectAfter : -1);
    }

    private void datasetChanged() {
        if (loading) {
            rebuild();
            return;
        }
        DatasetSpec current = dataset.toSpec(new FieldProblems());
        if (current == null) {
            rebuild();
        } else {
            fit(lastDataset, current);
        }
    }

    private void fit(DatasetSpec before, DatasetSpec after) {
        List<String> changes = new ArrayList<>();
        batch(() -> changes.addAll(DatasetFit.apply(before, after, inputSize, rows.get(rows.size() - 1), training)));
        if (!changes.isEmpty()) {
            String text = String.join(", ", changes);
            notice.set("To fit the dataset: " + text + ".");
        }
    }

    private void batch(Runnable change) {
        batchDepth++;
        try {
            change.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0) {
                rebuild();
            }
        }
    }

    private void rebuild() {
        if (batchDepth > 0) {
            return;
        }
        SpecAssembly.Result result = SpecAssembly.assemble(name.get(), seed.get(), inputSize.get(), rows, dataset, training);
        if (result.dataset() != null) {
            lastDataset = result.dataset();
        }
        inputSizeFixed.set(dataset.kindProperty().get() != null && dataset.kindProperty().get() != DatasetKind.CSV);
        Map<String, String> found = result.problems();
        if (!problems.equals(found)) {
            problems.clear();
            problems.putAll(found);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setProblem(SpecAssembly.firstProblemOfLayer(found, i));
        }
        if (result.spec() != null) {
            spec.set(result.spec());
        }
        valid.set(found.isEmpty());
        validationMessage.set(SpecAssembly.summary(found));
        updateDirty();
    }

    private void updateDirty() {
        dirty.set(!valid.get() || saved == null || !saved.equals(spec.get()));
    }

    /** @return the latest valid spec, never {@code null} (while edits are invalid it keeps the last valid one) */
    public ReadOnlyObjectProperty<ExperimentSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** @return true when the current settings make a valid experiment (Train is allowed) */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** @return "" when valid, else the first problem as "field.path: problem", plus "(and N more)" when several */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    /** @return every current problem, field path to plain-words problem; empty when valid; unmodifiable */
    public ObservableMap<String, String> problems() {
        return readOnlyProblems;
    }

    /** @return the selected layer, 0-based, or -1 for none; values out of range are reset to -1 */
    public IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }

    /** @return true while training runs: structure edits are refused and the views disable them */
    public BooleanProperty lockedProperty() {
        return locked;
    }

    /** @return true when the settings differ from the last loaded or saved spec, or are invalid */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** @return a sentence about the last automatic change (a dropped residual block, a fit to the dataset), or "" */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** @return the layers, input side first, one row per layer; unmodifiable (use the operations) */
    public ObservableList<LayerRowViewModel> layers() {
        return readOnlyRows;
    }

    /** @return the training settings, never {@code null} */
    public TrainingViewModel training() {
        return training;
    }

    /** @return the dataset settings, never {@code null} */
    public DatasetViewModel dataset() {
        return dataset;
    }

    /** @return the experiment name, at most 200 characters */
    public StringProperty nameProperty() {
        return name;
    }

    /** @return the experiment seed (weights, batch order, dropout) as text */
    public StringProperty seedProperty() {
        return seed;
    }

    /** @return the network input width as text; follows the dataset when {@link #inputSizeFixedProperty()} is true */
    public StringProperty inputSizeProperty() {
        return inputSize;
    }

    /** @return true when the dataset fixes the input size (every kind but CSV): the field is then read-only */
    public ReadOnlyBooleanProperty inputSizeFixedProperty() {
        return inputSizeFixed.getReadOnlyProperty();
    }
}
