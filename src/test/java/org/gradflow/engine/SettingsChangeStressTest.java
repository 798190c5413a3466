package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.junit.jupiter.api.Test;

/**
 * Settings changed from another thread while training are race-free: 10,000 changes of learning rate and clipping
 * made during a run are all applied, in order, each reported once as an event at the step it took effect, and every
 * step trained with the settings its events say.
 */
class SettingsChangeStressTest {
    private record Event(long step, TrainingSettings settings) {
    }

    @Test
    void tenThousandChangesDuringARunAreAppliedAndRecordedExactly() throws Exception {
        var spec = Experiments.deepRegression(8, 3, 16, ActivationKind.TANH, InitSpec.of(InitKind.XAVIER_NORMAL), 2, 16,
                0.01, 1_000_000);
        Trainer trainer = new Trainer(spec, TestData.linear(128, 8, 2, 1), Precision.FLOAT32);
        List<Event> events = new ArrayList<>();
        trainer.setSettingsListener((step, applied) -> events.add(new Event(step, applied)));
        List<StepStats> steps = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        TrainingSettings base = trainer.settings();
        List<TrainingSettings> requested = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            double lr = 0.001 + i * 1e-6;
            ClipSpec clip = i % 2 == 0 ? new ClipSpec(ClipKind.GLOBAL_NORM, 1 + i % 7) : ClipSpec.NONE;
            requested.add(new TrainingSettings(base.optimizer().withLearningRate(lr), clip, 0, 0));
        }
        Thread changer = new Thread(() -> {
            for (TrainingSettings s : requested) {
                trainer.changeSettings(s);
                if (s.optimizer().learningRate() * 1e6 % 7 < 1) {
                    Thread.yield();
                }
            }
            done.set(true);
        });
        changer.start();
        while (!done.get() || steps.size() < 3) {
            steps.add(trainer.step());
        }
        changer.join();
        steps.add(trainer.step());

        assertThat(events).hasSize(10_000);
        assertThat(events.stream().map(Event::settings).toList()).isEqualTo(requested);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).step()).isGreaterThanOrEqualTo(events.get(i - 1).step());
        }
        // Every step used the last settings applied at or before it.
        int e = -1;
        for (StepStats s : steps) {
            while (e + 1 < events.size() && events.get(e + 1).step() <= s.step()) {
                e++;
            }
            double expected = e < 0 ? base.optimizer().learningRate() : events.get(e).settings().optimizer().learningRate();
            assertThat(s.learningRate()).as("learning rate of step %d", s.step()).isEqualTo(expected);
        }
        assertThat(trainer.settings()).isEqualTo(requested.get(requested.size() - 1));
    }
}
