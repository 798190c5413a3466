package org.gradflow.ui.train;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The bottom of the window: a message line (what is going on, why a run stopped) above the progress bar and the
 * numbers: step / total, steps per second, loss, ETA, and the ND4J backend with its threads.
 */
public final class StatusBar {
    private final VBox root;

    /** @param vm the numbers, not {@code null} */
    public StatusBar(TrainingViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        Label message = bound("statusMessage", vm.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.styleProperty().bind(Bindings.when(vm.stateProperty().isEqualTo(TrainingState.FAILED))
                .then("-fx-text-fill: -gf-alarm; -fx-font-weight: bold;").otherwise(""));
        ProgressBar progress = new ProgressBar();
        progress.setId("trainingProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(Bindings.when(vm.startingProperty()).then(-1.0)
                .otherwise(vm.progressProperty()));
        Label step = bound("stepLabel", vm.stepTextProperty());
        step.setMinWidth(170);
        Label rate = bound("rateLabel", vm.rateTextProperty());
        rate.setMinWidth(110);
        Label loss = bound("lossLabel", vm.lossTextProperty());
        loss.setMinWidth(120);
        Label eta = bound("etaLabel", vm.etaTextProperty());
        eta.setMinWidth(120);
        Label backend = bound("backendLabel", vm.backendTextProperty());
        backend.getStyleClass().add("dim");
        backend.setTooltip(new Tooltip("The numerical backend: ND4J trains on its own background thread"));
        HBox numbers = new HBox(10, progress, step, sep(), rate, sep(), loss, sep(), eta, sep(), backend);
        numbers.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(backend, Priority.ALWAYS);
        root = new VBox(4, message, numbers);
        root.setPadding(new Insets(4, 8, 6, 8));
        root.getStyleClass().add("status-bar");
        root.setId("statusBar");
    }

    /** @return the status bar */
    public Node node() {
        return root;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    private static Separator sep() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }
}
