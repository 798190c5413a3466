package org.gradflow.ui.compose;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;

/** Binds controls to one view model at a time and undoes all those bindings in one call. */
final class RowBinder {
    private final List<Runnable> undo = new ArrayList<>();

    /** Binds {@code control} both ways to {@code model}; the control takes the model's value. */
    <T> void bind(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        undo.add(() -> control.unbindBidirectional(model));
    }

    /** Binds an object-valued control (such as a combo box of 0, 1, 2) both ways to an integer property. */
    void bindInt(Property<Integer> control, IntegerProperty model) {
        ObjectProperty<Integer> boxed = model.asObject(); // held by the undo action: bidirectional bindings are weak
        control.bindBidirectional(boxed);
        // after unbinding, the wrapper only mirrors the model and is collected with the undo action
        undo.add(() -> control.unbindBidirectional(boxed));
    }

    /** Removes every binding made since the last call. */
    void unbindAll() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
    }
}
