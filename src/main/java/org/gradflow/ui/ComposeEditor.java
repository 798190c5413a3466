package org.gradflow.ui;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.ui.compose.ComposeViewModel;
import org.gradflow.ui.files.ExperimentEditor;

/** The compose panel's view model seen by the file commands. */
final class ComposeEditor implements ExperimentEditor {
    private final ComposeViewModel vm;

    ComposeEditor(ComposeViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    @Override
    public ExperimentSpec spec() {
        return vm.validProperty().get() ? vm.specProperty().get() : null;
    }

    @Override
    public String problem() {
        return vm.validationMessageProperty().get();
    }

    @Override
    public void load(ExperimentSpec spec) {
        vm.load(spec);
    }

    @Override
    public ObservableBooleanValue dirtyProperty() {
        return vm.dirtyProperty();
    }

    @Override
    public void markSaved() {
        vm.markSaved();
    }
}
