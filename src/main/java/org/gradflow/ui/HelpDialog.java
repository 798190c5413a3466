package org.gradflow.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help > How to use: the main workflow in six lines. */
final class HelpDialog {
    private HelpDialog() {
    }

    /** Shows the help (non-blocking). @param owner the main window, may be {@code null} */
    static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("GradFlow: how to use it");
        a.setHeaderText("Build, train, watch");
        a.setContentText(String.join("\n",
                "1. The experiment on the left is ready: press Train (Ctrl+Enter).",
                "2. Watch the gradient norms: with deep sigmoid layers the lines of the first layers fall decades "
                        + "below the last ones — vanishing gradients.",
                "3. Space pauses and resumes; Step takes one step; change the learning rate, optimiser, clipping or "
                        + "L1/L2 while training and press Apply — the change shows as a dashed marker.",
                "4. Click a line, a bar or a heatmap row to inspect that layer.",
                "5. Drag on a chart to zoom, Ctrl+drag to pan, right-click to export or copy it.",
                "6. Save (Ctrl+S) keeps the recorded run; opening it shows the charts at once and Train continues.",
                "Unsaved work is autosaved; after a crash GradFlow offers to restore it."));
        a.show();
    }
}
