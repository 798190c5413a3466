package org.gradflow.ui.train;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.gradflow.data.Datasets;
import org.gradflow.data.LoadCancelledException;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.run.DataPreview;

/**
 * The data preview before training: loads an experiment's dataset on the engine thread and hands its points to the
 * JavaFX thread. Only the newest request is shown; a newer request, a starting run ({@link #cancel()}) or closing the
 * window ({@link #close()}) stops an older request's reading. A dataset that cannot be loaded is reported on the
 * console only: the run names the problem when training starts. JavaFX thread only.
 */
final class DataPreviews {
    private final EngineThread engine;
    private volatile int ticket; // written on the JavaFX thread, read by the engine's cancellation checks
    private volatile boolean closed;

    DataPreviews(EngineThread engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * @param external whether a CSV file outside {@code baseDir} may be read
     * @param wanted asked on the JavaFX thread when the preview is ready: whether it is still to be shown
     * @param show gets the preview on the JavaFX thread
     */
    void request(ExperimentSpec spec, Path baseDir, boolean external, BooleanSupplier wanted,
                 Consumer<DataPreview> show) {
        int mine = ++ticket;
        engine.submit(() -> DataPreview.of(Datasets.load(spec.dataset(), baseDir, f -> { },
                () -> closed || mine != ticket, external), TrainingTask.PREVIEW_POINTS))
                .whenComplete((preview, error) -> Platform.runLater(() -> {
                    if (closed || Problems.unwrap(error) instanceof LoadCancelledException) {
                        return; // a newer request, a run or closing the window took over: nothing to show
                    }
                    if (error != null) {
                        System.err.println("GradFlow: no data preview: " + Problems.unwrap(error).getMessage());
                    } else if (mine == ticket && wanted.getAsBoolean()) {
                        show.accept(preview);
                    }
                }));
    }

    /** Stops reading and showing the pending request. */
    void cancel() {
        ticket++;
    }

    /** As {@link #cancel()}, for good. */
    void close() {
        closed = true;
        ticket++;
    }
}
