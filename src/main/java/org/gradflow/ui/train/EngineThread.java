package org.gradflow.ui.train;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one background thread that touches ND4J: it warms the engine up, prepares runs, trains (the
 * {@link TrainingService} runs its task here) and snapshots runs for saving. Keeping all of it on one thread means no
 * INDArray is ever shared between threads. A daemon thread, so it never keeps the application alive.
 */
public final class EngineThread {
    /** Name of the thread, for thread dumps and tests. */
    public static final String NAME = "gradflow-engine";

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, NAME);
        t.setDaemon(true);
        return t;
    });

    /** @return the executor of the engine thread (for {@link javafx.concurrent.Service#setExecutor}) */
    public Executor executor() {
        return executor;
    }

    /**
     * @param job run on the engine thread after everything submitted before, not {@code null}
     * @return its result
     */
    public <T> CompletableFuture<T> submit(Callable<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(job.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(e); // closed: the job never runs, and the caller learns so
        }
        return result;
    }

    /** @return whether the caller runs on the engine thread */
    public static boolean isEngineThread() {
        return NAME.equals(Thread.currentThread().getName());
    }

    /**
     * Stops accepting jobs; the thread ends once the jobs submitted before (and a running training loop) are done.
     * Returns at once.
     */
    public void close() {
        executor.shutdown();
    }

    /** @return whether the thread ended after {@link #close()} */
    public boolean isTerminated() {
        return executor.isTerminated();
    }

    /**
     * Stops accepting jobs and waits briefly for the current one.
     *
     * @param millis how long to wait at most
     * @return whether the thread finished in time
     */
    public boolean shutdown(long millis) throws InterruptedException {
        executor.shutdownNow();
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}
