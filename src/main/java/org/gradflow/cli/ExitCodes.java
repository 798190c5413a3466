package org.gradflow.cli;

/** Exit codes of the headless commands. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Unexpected failure (a bug or an I/O error outside the inputs). */
    public static final int ERROR = 1;
    /** A bad experiment file, dataset or argument; the message names it. */
    public static final int BAD_INPUT = 2;
    /** Training stopped on a NaN or infinite value; everything recorded until then was written. */
    public static final int NON_FINITE = 3;

    private ExitCodes() {
    }
}
