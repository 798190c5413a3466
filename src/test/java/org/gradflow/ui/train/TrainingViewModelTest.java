package org.gradflow.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.ui.testing.TestSteps;
import org.gradflow.ui.testing.UiSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The training state machine, commands, status texts and ETA, without a window. */
class TrainingViewModelTest {
    private final FakeEngine engine = new FakeEngine();
    private final AtomicLong clock = new AtomicLong();
    private TrainingViewModel vm;
    private final ExperimentSpec spec = UiSpecs.fiveLayers(1000);
    private final TrainingSettings settings = TrainingSettings.of(spec.training());

    @BeforeEach
    void setUp() {
        vm = new TrainingViewModel(engine, clock::get);
    }

    private void started() {
        vm.runStarted(new RunInfo(spec, new History(), settings, true));
    }

    private void steps(long from, long to) {
        List<StepStats> batch = new java.util.ArrayList<>();
        for (long s = from; s <= to; s++) {
            batch.add(TestSteps.step(s, 10));
        }
        vm.stepsArrived(batch);
    }

    @Test
    void idleOffersOnlyTrain() {
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.IDLE);
        assertThat(vm.canTrainProperty().get()).isTrue();
        assertThat(vm.canPauseProperty().get()).isFalse();
        assertThat(vm.canResumeProperty().get()).isFalse();
        assertThat(vm.canStepProperty().get()).isFalse();
        assertThat(vm.canStopProperty().get()).isFalse();
        assertThat(vm.canResetProperty().get()).isFalse();
        assertThat(vm.canChangeSettingsProperty().get()).isFalse();
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Train");
    }

    @Test
    void invalidExperimentCannotTrain() {
        vm.specValidProperty().set(false);
        assertThat(vm.canTrainProperty().get()).isFalse();
        vm.train();
        assertThat(engine.commands).isEmpty();
    }

    @Test
    void trainStartsAndNothingElseUntilTheRunIsPrepared() {
        vm.train();
        assertThat(engine.commands).containsExactly("startNew");
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.RUNNING);
        assertThat(vm.startingProperty().get()).isTrue();
        assertThat(vm.canPauseProperty().get()).isFalse();
        assertThat(vm.canTrainProperty().get()).isFalse();
        started();
        assertThat(vm.startingProperty().get()).isFalse();
        assertThat(vm.canPauseProperty().get()).isTrue();
        assertThat(vm.canStopProperty().get()).isTrue();
        assertThat(vm.canStepProperty().get()).isFalse();
        assertThat(vm.canChangeSettingsProperty().get()).isTrue();
        assertThat(vm.hasRunProperty().get()).isTrue();
    }

    @Test
    void pauseStepResume() {
        vm.train();
        started();
        vm.pause();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.PAUSED);
        assertThat(vm.canStepProperty().get()).isTrue();
        assertThat(vm.canResumeProperty().get()).isTrue();
        assertThat(vm.canPauseProperty().get()).isFalse();
        vm.step();
        vm.togglePause();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.RUNNING);
        vm.togglePause();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.PAUSED);
        assertThat(engine.commands).containsExactly("startNew", "pause", "step", "resume", "pause");
    }

    @Test
    void stepIsIgnoredWhileRunning() {
        vm.train();
        started();
        vm.step();
        assertThat(engine.commands).containsExactly("startNew");
    }

    @Test
    void statusTextsFollowTheSteps() {
        vm.train();
        started();
        clock.set(1_000_000_000L);
        steps(1, 100);
        clock.set(2_000_000_000L);
        steps(101, 300);
        assertThat(vm.stepTextProperty().get()).isEqualTo("step 300 / 1,000");
        assertThat(vm.progressProperty().get()).isEqualTo(0.3);
        assertThat(vm.lossTextProperty().get()).isEqualTo("loss 0.003333");
        // 300 steps in 2 s since the start sample at t=0: 150 steps/s; 700 left: about 4.7 s
        assertThat(vm.rateTextProperty().get()).isEqualTo("150.0 steps/s");
        assertThat(vm.etaTextProperty().get()).isEqualTo("ETA 5 s");
        assertThat(vm.lastStepProperty().get()).isEqualTo(300);
    }

    @Test
    void stopEndsInFinishedAndOffersContinue() {
        vm.train();
        started();
        steps(1, 10);
        vm.stop();
        assertThat(engine.commands).containsExactly("startNew", "stop");
        assertThat(vm.canStopProperty().get()).isFalse();
        assertThat(vm.canPauseProperty().get()).isFalse();
        vm.runEnded(new RunEnd(RunEnd.Kind.STOPPED, 10, null));
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.FINISHED);
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Continue");
        assertThat(vm.canResetProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("Stopped at step 10");
        vm.train();
        assertThat(engine.commands).containsExactly("startNew", "stop", "continue");
    }

    @Test
    void completedRunTrainsAgainFromScratch() {
        vm.train();
        started();
        steps(1, 1000);
        vm.runEnded(new RunEnd(RunEnd.Kind.COMPLETED, 1000, null));
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.FINISHED);
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Train again");
        assertThat(vm.messageProperty().get()).startsWith("Done: 1,000 steps");
        vm.train();
        assertThat(engine.commands).containsExactly("startNew", "startNew");
    }

    @Test
    void nonFiniteStopFailsWithPlainWords() {
        vm.train();
        started();
        StepStats bad = TestSteps.step(412, 10);
        vm.runEnded(new RunEnd(RunEnd.Kind.NON_FINITE, 412, bad));
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.FAILED);
        assertThat(vm.messageProperty().get()).startsWith("Training stopped at step 412: a value became NaN or "
                + "infinite").contains("try a smaller learning rate").endsWith("Everything recorded until then is kept.");
        assertThat(vm.canResetProperty().get()).isTrue();
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Train again");
    }

    @Test
    void preparationFailureShowsTheProblem() {
        vm.train();
        vm.runFailed("The run stopped: spiral.csv: no such file");
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.FAILED);
        assertThat(vm.messageProperty().get()).isEqualTo("The run stopped: spiral.csv: no such file");
        assertThat(vm.canTrainProperty().get()).isTrue();
    }

    @Test
    void resetClearsTheRun() {
        vm.train();
        started();
        vm.pause();
        vm.reset();
        assertThat(engine.commands).endsWith("discard");
        vm.runCleared();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.IDLE);
        assertThat(vm.hasRunProperty().get()).isFalse();
        assertThat(vm.stepTextProperty().get()).isEqualTo("step —");
        assertThat(vm.events()).isEmpty();
    }

    @Test
    void settingsChangesBecomeEventsOnceApplied() {
        vm.train();
        started();
        TrainingSettings faster = new TrainingSettings(OptimizerSpec.of(OptimizerKind.SGD, 0.01), ClipSpec.NONE, 0, 0);
        vm.changeSettings(faster);
        assertThat(engine.lastSettings).isEqualTo(faster);
        assertThat(vm.events()).isEmpty();
        vm.settingsApplied(57, settings, faster);
        assertThat(vm.events()).containsExactly(new RunEvent(57, "learning rate 0.1 → 0.01"));
        assertThat(vm.settingsProperty().get()).isEqualTo(faster);
        vm.changeSettings(faster);
        assertThat(engine.commands).containsExactly("startNew", "settings");
    }

    @Test
    void loadedRunCanContinue() {
        History h = TestSteps.history(40, 10);
        vm.runStarted(new RunInfo(spec, h, settings, false));
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingState.FINISHED);
        assertThat(vm.continuableProperty().get()).isTrue();
        assertThat(vm.stepTextProperty().get()).isEqualTo("step 40 / 1,000");
        vm.train();
        assertThat(engine.commands).containsExactly("continue");
    }

    @Test
    void backendTextComesFromTheEngine() {
        vm.engineReady("ND4J CPU · BLAS threads 1");
        assertThat(vm.backendTextProperty().get()).isEqualTo("ND4J CPU · BLAS threads 1");
    }
}
