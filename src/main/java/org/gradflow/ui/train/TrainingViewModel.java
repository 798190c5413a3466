package org.gradflow.ui.train;

import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.TrainingSettings;

/**
 * The state machine of the training controls and the numbers of the status bar. No JavaFX nodes: unit-tested
 * without a window. Commands go to a {@link TrainingEngine}; the engine's reports come back through the
 * {@link RunListener} methods, on the JavaFX thread.
 *
 * <pre>
 * IDLE --train--> RUNNING --pause--> PAUSED --resume--> RUNNING
 * RUNNING/PAUSED --stop--> (stopping) --runEnded--> FINISHED (or FAILED on NaN/Inf)
 * any --runFailed--> FAILED;  FINISHED/FAILED/PAUSED --reset--> IDLE;  FINISHED/FAILED --train--> RUNNING
 * </pre>
 */
public final class TrainingViewModel implements RunListener {
    private final TrainingEngine engine;
    private final LongSupplier clock;
    private final StatusNumbers numbers = new StatusNumbers();
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(TrainingState.IDLE);
    private final BooleanProperty specValid = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper continuable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasRun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canTrain = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canChangeSettings = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper trainLabel = new ReadOnlyStringWrapper("Train");
    private final ReadOnlyLongWrapper lastStep = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper totalSteps = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper backendText = new ReadOnlyStringWrapper("ND4J: starting in the background…");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready: press Train.");
    private final ReadOnlyObjectWrapper<TrainingSettings> settings = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RunEvent> events = FXCollections.observableArrayList();
    private final ObservableList<RunEvent> readOnlyEvents = FXCollections.unmodifiableObservableList(events);
    private long startedAtNanos;
    private long stepsAtStart;

    /**
     * @param engine where commands go, not {@code null}
     * @param clock monotonic nanoseconds (for steps per second), not {@code null}
     */
    public TrainingViewModel(TrainingEngine engine, LongSupplier clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        state.addListener((o, a, b) -> update());
        specValid.addListener((o, a, b) -> update());
        starting.addListener((o, a, b) -> update());
        stopping.addListener((o, a, b) -> update());
        continuable.addListener((o, a, b) -> update());
        update();
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Trains: continues the current run when it can continue, otherwise starts a fresh run of the experiment. */
    public void train() {
        if (!canTrain.get()) {
            return;
        }
        boolean resume = continuable.get();
        if (!engine.confirmStart(resume)) {
            return;
        }
        if (!resume) {
            events.clear();
        }
        starting.set(true);
        state.set(TrainingState.RUNNING);
        message.set(resume ? "Continuing the run…" : "Preparing the run…");
        numbers.forgetRate();
        if (resume) {
            engine.continueTraining();
        } else {
            engine.startNew();
        }
    }

    /** Pauses a running loop after its current step. */
    public void pause() {
        if (canPause.get()) {
            state.set(TrainingState.PAUSED);
            message.set("Paused at step " + Numbers.count(lastStep.get()) + ": Resume, or Step one at a time.");
            engine.pause();
        }
    }

    /** Resumes a paused loop. */
    public void resume() {
        if (canResume.get()) {
            numbers.forgetRate();
            state.set(TrainingState.RUNNING);
            message.set("Training.");
            engine.resume();
        }
    }

    /** Pauses when running, resumes when paused (the Space key). */
    public void togglePause() {
        if (canPause.get()) {
            pause();
        } else if (canResume.get()) {
            resume();
        }
    }

    /** Takes one step while paused. */
    public void step() {
        if (canStep.get()) {
            engine.step();
        }
    }

    /** Stops the loop after its current step; the run can continue later. */
    public void stop() {
        if (canStop.get()) {
            stopping.set(true);
            message.set("Stopping after the current step…");
            engine.stop();
        }
    }

    /** Drops the recorded run: back to an editable experiment. */
    public void reset() {
        if (canReset.get()) {
            engine.discard();
        }
    }

    /**
     * Changes the training settings of the running or paused run from its next step on; the change shows as an
     * event once the trainer applied it.
     *
     * @param newSettings not {@code null}
     */
    public void changeSettings(TrainingSettings newSettings) {
        Objects.requireNonNull(newSettings, "newSettings");
        if (canChangeSettings.get() && !newSettings.equals(settings.get())) {
            engine.changeSettings(newSettings);
        }
    }

    // ---- reports from the engine ------------------------------------------------------------------------------

    @Override
    public void runStarted(RunInfo info) {
        totalSteps.set(info.totalSteps());
        numbers.setTotal(info.totalSteps());
        settings.set(info.settings());
        hasRun.set(true);
        StepStats latest = info.history().latest();
        lastStep.set(latest == null ? 0 : latest.step());
        numbers.show(lastStep.get(), latest == null ? Double.NaN : latest.loss());
        if (info.live()) {
            starting.set(false);
            stepsAtStart = lastStep.get();
            startedAtNanos = clock.getAsLong();
            numbers.restartRate(startedAtNanos, lastStep.get());
            if (state.get() == TrainingState.RUNNING) {
                message.set("Training.");
            }
        } else {
            boolean nonFinite = latest != null && latest.nonFinite();
            boolean more = !nonFinite && lastStep.get() < info.totalSteps();
            continuable.set(more);
            state.set(nonFinite ? TrainingState.FAILED : TrainingState.FINISHED);
            message.set(nonFinite ? NonFiniteMessage.of(latest)
                    : "Recorded run of " + Numbers.count(lastStep.get()) + " steps." + (more ? " Train continues it." : ""));
        }
    }

    @Override
    public void stepsArrived(List<StepStats> steps) {
        StepStats last = steps.get(steps.size() - 1);
        lastStep.set(last.step());
        numbers.stepped(clock.getAsLong(), last.step(), last.loss(), state.get() == TrainingState.RUNNING);
    }

    @Override
    public void settingsApplied(long step, TrainingSettings before, TrainingSettings after) {
        settings.set(after);
        events.add(new RunEvent(step, SettingsDiff.describe(before, after)));
    }

    @Override
    public void runEnded(RunEnd end) {
        starting.set(false);
        stopping.set(false);
        numbers.stopped();
        switch (end.kind()) {
            case COMPLETED -> {
                continuable.set(false);
                state.set(TrainingState.FINISHED);
                double seconds = (clock.getAsLong() - startedAtNanos) / 1e9;
                message.set("Done: " + Numbers.count(end.lastStep()) + " steps"
                        + (end.lastStep() > stepsAtStart ? " (this session " + Durations.format(seconds) + ")" : "")
                        + ". Export the charts, or Reset to change the network.");
            }
            case STOPPED -> {
                continuable.set(end.lastStep() < totalSteps.get());
                state.set(TrainingState.FINISHED);
                message.set("Stopped at step " + Numbers.count(end.lastStep()) + ". Train continues; Reset starts over.");
            }
            case NON_FINITE -> {
                continuable.set(false);
                message.set(NonFiniteMessage.of(end.nonFiniteStep()));
                state.set(TrainingState.FAILED);
            }
        }
    }

    @Override
    public void runFailed(String problem) {
        starting.set(false);
        stopping.set(false);
        continuable.set(false);
        message.set(problem);
        state.set(TrainingState.FAILED);
    }

    @Override
    public void runCleared() {
        starting.set(false);
        stopping.set(false);
        continuable.set(false);
        hasRun.set(false);
        events.clear();
        settings.set(null);
        totalSteps.set(0);
        lastStep.set(0);
        numbers.clear();
        state.set(TrainingState.IDLE);
        message.set("Ready: press Train.");
    }

    @Override
    public void engineReady(String description) {
        backendText.set(description);
    }

    // ---- state ------------------------------------------------------------------------------------------------

    private void update() {
        TrainingState s = state.get();
        boolean busy = starting.get() || stopping.get();
        boolean ended = s == TrainingState.FINISHED || s == TrainingState.FAILED;
        canTrain.set(!busy && (s == TrainingState.IDLE || ended) && (specValid.get() || continuable.get()));
        canPause.set(!busy && s == TrainingState.RUNNING);
        canResume.set(!busy && s == TrainingState.PAUSED);
        canStep.set(!busy && s == TrainingState.PAUSED);
        canStop.set(!busy && (s == TrainingState.RUNNING || s == TrainingState.PAUSED));
        canReset.set(!busy && (ended || s == TrainingState.PAUSED));
        canChangeSettings.set(!busy && (s == TrainingState.RUNNING || s == TrainingState.PAUSED));
        trainLabel.set(continuable.get() ? "Continue" : ended ? "Train again" : "Train");
    }

    // ---- properties -------------------------------------------------------------------------------------------

    /** @return the current state, never {@code null} */
    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** @return whether the experiment can be trained (set from the compose panel's validity) */
    public BooleanProperty specValidProperty() {
        return specValid;
    }

    /** @return true while a run is prepared and its first report has not arrived */
    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    /** @return whether Train continues the current run rather than starting a new one */
    public ReadOnlyBooleanProperty continuableProperty() {
        return continuable.getReadOnlyProperty();
    }

    /** @return whether a run (live or loaded) is shown; the experiment is locked while true */
    public ReadOnlyBooleanProperty hasRunProperty() {
        return hasRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTrainProperty() {
        return canTrain.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPauseProperty() {
        return canPause.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepProperty() {
        return canStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResetProperty() {
        return canReset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canChangeSettingsProperty() {
        return canChangeSettings.getReadOnlyProperty();
    }

    /** @return "Train", "Continue" or "Train again" */
    public ReadOnlyStringProperty trainLabelProperty() {
        return trainLabel.getReadOnlyProperty();
    }

    /** @return the last step shown (0 before any) */
    public ReadOnlyLongProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** @return the run's total step count (0 without a run) */
    public ReadOnlyLongProperty totalStepsProperty() {
        return totalSteps.getReadOnlyProperty();
    }

    /** @return last step / total steps in [0, 1] */
    public ReadOnlyDoubleProperty progressProperty() {
        return numbers.progressProperty();
    }

    /** @return for example "step 1,200 / 20,000" */
    public ReadOnlyStringProperty stepTextProperty() {
        return numbers.stepTextProperty();
    }

    /** @return for example "58.3 steps/s" */
    public ReadOnlyStringProperty rateTextProperty() {
        return numbers.rateTextProperty();
    }

    /** @return for example "loss 1.0986" */
    public ReadOnlyStringProperty lossTextProperty() {
        return numbers.lossTextProperty();
    }

    /** @return for example "ETA 3 min 05 s" */
    public ReadOnlyStringProperty etaTextProperty() {
        return numbers.etaTextProperty();
    }

    /** @return the ND4J backend and threads, once known */
    public ReadOnlyStringProperty backendTextProperty() {
        return backendText.getReadOnlyProperty();
    }

    /** @return what is going on, in plain words (including why a run stopped) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the settings the run uses now, {@code null} without a run */
    public ReadOnlyObjectProperty<TrainingSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** @return the user's changes during this run, in step order; read-only for views */
    public ObservableList<RunEvent> events() {
        return readOnlyEvents;
    }

    /** Adds events recovered from a reopened file (for example learning-rate changes). */
    public void addEvents(List<RunEvent> recovered) {
        events.addAll(recovered);
    }
}
