package org.gradflow.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiPacerTest {

    @Test
    void noFrameYetOrAFreshFrameCostsNoNap() {
        UiPacer pacer = new UiPacer();
        pacer.giveWay();
        assertThat(pacer.naps()).isZero();
        pacer.frame();
        pacer.giveWay();
        assertThat(pacer.naps()).isZero();
    }

    @Test
    void aLateFrameMakesTheTrainerWaitUntilTheNextFrameComes() throws Exception {
        UiPacer pacer = new UiPacer();
        pacer.frame();
        Thread.sleep(UiPacer.LATE_NANOS / 1_000_000 + 10);
        Thread fx = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pacer.frame();
        });
        long start = System.nanoTime();
        fx.start();
        pacer.giveWay();
        long waited = System.nanoTime() - start;
        fx.join();
        assertThat(pacer.naps()).isPositive();
        // It waits from its call until the frame about 20 ms later (on a busy machine, up to its longest wait).
        assertThat(waited).isGreaterThanOrEqualTo(15_000_000L).isLessThan(UiPacer.MAX_WAIT_NANOS + 300_000_000L);
    }

    @Test
    void aFrameThatNeverComesHoldsTheTrainerAtMostTheLongestWait() throws Exception {
        UiPacer pacer = new UiPacer();
        pacer.frame();
        Thread.sleep(UiPacer.LATE_NANOS / 1_000_000 + 10);
        long start = System.nanoTime();
        pacer.giveWay();
        long waited = System.nanoTime() - start;
        assertThat(waited).isGreaterThanOrEqualTo(UiPacer.MAX_WAIT_NANOS).isLessThan(UiPacer.MAX_WAIT_NANOS + 400_000_000L);
    }

    @Test
    void aStoppedJavaFxThreadOrAnEndedLoopIsNotWaitedFor() throws Exception {
        UiPacer pacer = new UiPacer();
        pacer.frame();
        pacer.reset();
        Thread.sleep(UiPacer.LATE_NANOS / 1_000_000 + 10);
        pacer.giveWay();
        assertThat(pacer.naps()).isZero();
    }
}
