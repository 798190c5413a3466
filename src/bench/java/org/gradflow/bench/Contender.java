package org.gradflow.bench;

/** One column of the benchmark: something that takes one training step at a time on one configuration. */
interface Contender {
    /** @return the column's heading */
    String name();

    /** Takes one training step. */
    void step();

    /**
     * @return a value that depends on every step taken (the latest loss), so no step can be optimised away; also
     *         lets the caller check that training stayed finite
     */
    double check();

    /** Frees what can be freed early (large configurations hold several networks at once). */
    default void close() {
    }
}
