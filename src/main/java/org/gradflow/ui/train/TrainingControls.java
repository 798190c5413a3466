package org.gradflow.ui.train;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.gradflow.model.ClipKind;
import org.gradflow.model.OptimizerKind;

/**
 * The tool bar of the training commands (Train, Pause/Resume, Step, Stop, Reset) and, beside them, the settings that
 * may change while training (learning rate, optimiser, clipping, L1/L2) with Apply.
 */
public final class TrainingControls {
    private final HBox root = new HBox(6);

    /**
     * @param vm the commands and their enabled states, not {@code null}
     * @param live the live settings, not {@code null}
     */
    public TrainingControls(TrainingViewModel vm, LiveSettingsViewModel live) {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(live, "live");
        Button train = button("trainButton", "Start training (or continue a stopped run)", vm::train);
        train.textProperty().bind(vm.trainLabelProperty());
        train.disableProperty().bind(vm.canTrainProperty().not());
        train.getStyleClass().add("accent");
        Button pause = button("pauseButton", "Pause after the current step (Space)", vm::togglePause);
        pause.textProperty().bind(Bindings.when(vm.canResumeProperty()).then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(vm.canPauseProperty().not().and(vm.canResumeProperty().not()));
        Button step = button("stepButton", "Take one step while paused", vm::step);
        step.setText("Step");
        step.disableProperty().bind(vm.canStepProperty().not());
        Button stop = button("stopButton", "Stop after the current step; Continue trains on later", vm::stop);
        stop.setText("Stop");
        stop.disableProperty().bind(vm.canStopProperty().not());
        Button reset = button("resetButton", "Drop the recorded run and edit the experiment again", vm::reset);
        reset.setText("Reset");
        reset.disableProperty().bind(vm.canResetProperty().not());

        TextField lr = field("liveLearningRate", live.learningRateProperty(), 70, "learning rate");
        ChoiceBox<OptimizerKind> optimizer = new ChoiceBox<>();
        optimizer.setId("liveOptimizer");
        optimizer.getItems().setAll(OptimizerKind.values());
        optimizer.valueProperty().bindBidirectional(live.optimizerProperty());
        optimizer.setConverter(converter(OptimizerKind.class, SettingsDiff::name));
        ChoiceBox<ClipKind> clip = new ChoiceBox<>();
        clip.setId("liveClip");
        clip.getItems().setAll(ClipKind.values());
        clip.valueProperty().bindBidirectional(live.clipProperty());
        clip.setConverter(converter(ClipKind.class, k -> k == ClipKind.NONE ? "no clipping" : "clip " + SettingsDiff.clipName(k)));
        TextField threshold = field("liveClipThreshold", live.clipThresholdProperty(), 50, "clip threshold");
        threshold.disableProperty().bind(live.clipProperty().isEqualTo(ClipKind.NONE));
        TextField l1 = field("liveL1", live.l1Property(), 50, "L1 penalty");
        TextField l2 = field("liveL2", live.l2Property(), 50, "L2 penalty");
        Button apply = button("applySettingsButton", "Apply the changed settings from the next step on", live::apply);
        apply.setText("Apply");
        apply.setDefaultButton(false);
        apply.disableProperty().bind(vm.canChangeSettingsProperty().not().or(live.validProperty().not())
                .or(live.changedProperty().not()));
        HBox settings = new HBox(6, label("LR"), lr, optimizer, clip, threshold, label("L1"), l1, label("L2"), l2,
                apply);
        settings.setId("liveSettings");
        settings.setAlignment(Pos.CENTER_LEFT);
        settings.disableProperty().bind(vm.canChangeSettingsProperty().not());
        Tooltip problem = new Tooltip();
        problem.textProperty().bind(live.problemProperty());
        lr.styleProperty().bind(Bindings.when(live.validProperty()).then("").otherwise("-fx-border-color: #d62728;"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(train, pause, step, stop, reset, new Separator(javafx.geometry.Orientation.VERTICAL),
                label("While training:"), settings, spacer);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("training-controls");
        root.setId("trainingControls");
    }

    /** @return the tool bar */
    public Node node() {
        return root;
    }

    private static Button button(String id, String tip, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, double width, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setPrefColumnCount(5);
        f.setPrefWidth(width);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("dim");
        return l;
    }

    private static <E extends Enum<E>> StringConverter<E> converter(Class<E> type, java.util.function.Function<E, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : name.apply(e);
            }

            @Override
            public E fromString(String s) {
                for (E e : type.getEnumConstants()) {
                    if (name.apply(e).equals(s)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
