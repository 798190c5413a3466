package org.gradflow.ui.train;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The {@link RunListener}s of a training session: each event goes to every listener in the order they were added.
 * After {@link #close()} (the window is gone, its views shut down) events go nowhere.
 */
final class RunListeners {
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** @param listener not {@code null} */
    void add(RunListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Drops every later event. */
    void close() {
        closed = true;
    }

    /** @param event applied to each listener, on the caller's thread (the JavaFX thread) */
    void fire(Consumer<RunListener> event) {
        if (closed) {
            return;
        }
        for (RunListener l : listeners) {
            event.accept(l);
        }
    }
}
