package org.gradflow.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A point of the start-up that jobs wait for (the content drawn, the charts warmed up): jobs added before it opens
 * run when it opens, in the order added; jobs added after run at once. JavaFX thread only.
 */
final class Gate {
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean open;

    /** Opens the gate: runs the waiting jobs (once; later calls do nothing). */
    void open() {
        if (open) {
            return;
        }
        open = true;
        List<Runnable> jobs = new ArrayList<>(waiting);
        waiting.clear();
        jobs.forEach(Runnable::run);
    }

    /** @param job runs now when the gate is open, else when it opens; not {@code null} */
    void then(Runnable job) {
        if (open) {
            job.run();
        } else {
            waiting.add(java.util.Objects.requireNonNull(job, "job"));
        }
    }
}
