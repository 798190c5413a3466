package org.gradflow.ui.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * Marks input controls whose field has a validation problem: the pseudo-class {@code :invalid} (a red border in
 * compose.css) and a tooltip with the problem in plain words. A control without a problem shows its help tooltip.
 */
final class FieldMarker {
    /** The pseudo-class set on a control whose field is invalid. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ObservableMap<String, String> problems;
    private final List<Entry> entries = new ArrayList<>();

    /** @param problems field path to problem, as {@link ComposeViewModel#problems()}; not {@code null} */
    FieldMarker(ObservableMap<String, String> problems) {
        this.problems = problems;
        problems.addListener((MapChangeListener<String, String>) c -> refresh());
    }

    /**
     * Watches {@code control}.
     *
     * @param path gives the control's current field path (it may change with the selected layer), or {@code null}
     *        when the control shows no field
     * @param help the tooltip shown while the field is valid, or {@code null}
     */
    void mark(Control control, Supplier<String> path, String help) {
        Entry e = new Entry(control, path, help);
        entries.add(e);
        apply(e);
    }

    /** Re-evaluates every control (call after the selected layer changed). */
    void refresh() {
        entries.forEach(this::apply);
    }

    private void apply(Entry e) {
        String field = e.path.get();
        String problem = field == null ? null : problems.get(field);
        e.control.pseudoClassStateChanged(INVALID, problem != null);
        String text = problem != null ? problem : e.help;
        if (text == null) {
            e.control.setTooltip(null);
        } else if (e.control.getTooltip() == null) {
            e.control.setTooltip(new Tooltip(text));
        } else {
            e.control.getTooltip().setText(text);
        }
    }

    private record Entry(Control control, Supplier<String> path, String help) {
    }
}
