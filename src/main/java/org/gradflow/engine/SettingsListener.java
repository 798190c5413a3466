package org.gradflow.engine;

/** Told when a settings change requested with {@link Trainer#changeSettings} takes effect, on the training thread. */
@FunctionalInterface
public interface SettingsListener {
    /**
     * @param step the first step that uses the new settings (1-based)
     * @param applied the settings now in force, never {@code null}
     */
    void onApplied(long step, TrainingSettings applied);
}
