package org.gradflow.ui.files;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.gradflow.run.DataLoad;

/**
 * The progress of one data file being read for a run, with a Cancel button: a small window that appears when
 * reading takes longer than {@link #SHOW_AFTER} and closes when it is done, failed or cancelled. The engine thread
 * reports progress; at most one update per frame reaches the JavaFX thread. Create and close on the JavaFX thread.
 */
public final class DataLoadProgress {
    /** How long reading may take before the window appears. */
    public static final Duration SHOW_AFTER = Duration.millis(300);

    private final Supplier<Window> owner;
    private final String fileName;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong latest = new AtomicLong(Double.doubleToLongBits(0)); // fraction as double bits
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);
    private final ProgressBar bar = new ProgressBar(0);
    private final Label text = new Label();
    private Stage stage;
    private boolean finished;

    /**
     * Starts the delay after which the window shows.
     *
     * @param owner the main window (may supply {@code null}), not {@code null}
     * @param file the file being read, not {@code null}
     */
    public DataLoadProgress(Supplier<Window> owner, Path file) {
        this.owner = Objects.requireNonNull(owner, "owner");
        Path name = Objects.requireNonNull(file, "file").getFileName();
        this.fileName = name == null ? file.toString() : name.toString();
        delay.setOnFinished(e -> show());
        delay.play();
    }

    /**
     * @param allowExternal whether the file may lie outside the experiment's folder
     * @return the load for the engine thread: reports here, and is cancelled by the window's Cancel button
     */
    public DataLoad load(boolean allowExternal) {
        return new DataLoad(allowExternal, this::report, cancelled::get);
    }

    /** Engine thread: a new fraction read. */
    private void report(double fraction) {
        latest.set(Double.doubleToLongBits(fraction));
        if (updatePending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                updatePending.set(false);
                update();
            });
        }
    }

    private void update() {
        double f = Double.longBitsToDouble(latest.get());
        bar.setProgress(f);
        text.setText(String.format(java.util.Locale.ROOT, "Reading %s: %.0f %%", fileName, 100 * f));
        if (f >= 1.0) {
            close();
        }
    }

    private void show() {
        if (finished) {
            return;
        }
        Button cancel = new Button("Cancel");
        cancel.setId("cancelLoadButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancelled.set(true);
            text.setText("Cancelling…");
            cancel.setDisable(true);
        });
        bar.setId("loadProgressBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        text.setId("loadProgressText");
        update();
        HBox row = new HBox(8, bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        VBox box = new VBox(8, text, row);
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        box.setId("loadProgress");
        stage = new Stage();
        stage.initOwner(owner.get());
        stage.initModality(Modality.NONE);
        stage.setTitle("GradFlow: reading data");
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> cancelled.set(true));
        stage.show();
    }

    /** @return whether the user cancelled */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** @return whether the window is showing */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** Closes the window (or keeps it from showing): reading ended. Idempotent. */
    public void close() {
        finished = true;
        delay.stop();
        if (stage != null) {
            stage.close();
        }
    }
}
