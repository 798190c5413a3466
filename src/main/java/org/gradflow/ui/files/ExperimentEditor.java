package org.gradflow.ui.files;

import org.gradflow.model.ExperimentSpec;

/** What the file commands need of the experiment editor (the compose panel). JavaFX thread only. */
public interface ExperimentEditor {
    /** @return the experiment as edited, or {@code null} when the editor holds an invalid one */
    ExperimentSpec spec();

    /** @return why the experiment is invalid, empty when it is valid */
    String problem();

    /** Shows {@code spec} for editing; the editor is then not dirty. */
    void load(ExperimentSpec spec);

    /** @return whether the experiment changed since it was loaded or saved */
    javafx.beans.value.ObservableBooleanValue dirtyProperty();

    /** Marks the current experiment as saved. */
    void markSaved();
}
