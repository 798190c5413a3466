package org.gradflow.ui;

import org.gradflow.ui.compose.TrainingViewModel;
import org.gradflow.ui.train.LiveSettingsViewModel;

/**
 * Ties the tool bar's live settings to the compose panel's training settings: both edit the same learning rate,
 * optimiser with its parameters, clipping and L1/L2, so an edit in either place is what Apply sends to the run.
 */
final class LiveSettingsLink {
    private LiveSettingsLink() {
    }

    /** Binds each live field bidirectionally to its compose field (the live field takes the compose value first). */
    static void bind(LiveSettingsViewModel live, TrainingViewModel t) {
        live.learningRateProperty().bindBidirectional(t.learningRateProperty());
        live.optimizerProperty().bindBidirectional(t.optimizerProperty());
        live.clipProperty().bindBidirectional(t.clipProperty());
        live.clipThresholdProperty().bindBidirectional(t.clipThresholdProperty());
        live.l1Property().bindBidirectional(t.l1Property());
        live.l2Property().bindBidirectional(t.l2Property());
        live.momentumProperty().bindBidirectional(t.momentumProperty());
        live.beta1Property().bindBidirectional(t.beta1Property());
        live.beta2Property().bindBidirectional(t.beta2Property());
        live.rhoProperty().bindBidirectional(t.rhoProperty());
        live.epsilonProperty().bindBidirectional(t.epsilonProperty());
    }
}
