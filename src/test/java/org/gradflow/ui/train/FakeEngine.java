package org.gradflow.ui.train;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.TrainingSettings;

/** Records the commands a view model sends. */
final class FakeEngine implements TrainingEngine {
    final List<String> commands = new ArrayList<>();
    TrainingSettings lastSettings;

    @Override
    public void startNew() {
        commands.add("startNew");
    }

    @Override
    public void continueTraining() {
        commands.add("continue");
    }

    @Override
    public void pause() {
        commands.add("pause");
    }

    @Override
    public void resume() {
        commands.add("resume");
    }

    @Override
    public void step() {
        commands.add("step");
    }

    @Override
    public void stop() {
        commands.add("stop");
    }

    @Override
    public void discard() {
        commands.add("discard");
    }

    @Override
    public void changeSettings(TrainingSettings settings) {
        commands.add("settings");
        lastSettings = settings;
    }
}
