package org.gradflow.ui.files;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.Series;
import org.gradflow.diagnostics.StepMetric;
import org.gradflow.ui.train.RunEvent;
import org.gradflow.ui.train.SettingsDiff;

/**
 * Recovers learning-rate changes from a reopened run's History (the History records the rate of every step), so the
 * markers of a saved run come back. Other setting changes leave no trace in the History and are not recovered.
 */
public final class EventRecovery {
    private EventRecovery() {
    }

    /** @return one event per change of the learning rate, in step order */
    public static List<RunEvent> learningRateChanges(History history) {
        List<RunEvent> events = new ArrayList<>();
        if (history.layerCount() == 0) {
            return events;
        }
        Series lr = history.stepSeries(StepMetric.LEARNING_RATE);
        double previous = Double.NaN;
        for (int i = 0; i < lr.size(); i++) {
            double first = lr.min(i) == lr.max(i) ? lr.mean(i) : Double.NaN;
            double value = lr.last(i);
            // Summarised buckets keep the rate in float, exact steps in double: compare at float precision, or a
            // constant 0.01 would show as a change where the first bucket follows the exact steps.
            if (!Double.isNaN(previous) && (Double.isNaN(first) || (float) first != (float) previous)) {
                String at = lr.stepStart(i) == lr.stepEnd(i) ? "" : " (within steps " + lr.stepStart(i) + "–"
                        + lr.stepEnd(i) + ")";
                events.add(new RunEvent(Math.max(1, lr.stepStart(i)), "learning rate " + SettingsDiff.number(previous)
                        + " → " + SettingsDiff.number(value) + at));
            }
            previous = value;
        }
        return events;
    }
}
