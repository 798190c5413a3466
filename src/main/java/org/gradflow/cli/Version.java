package org.gradflow.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line of {@code gradflow --version}. */
public final class Version implements IVersionProvider {
    /** The application version. */
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"GradFlow " + VERSION + " (Java " + System.getProperty("java.version") + ")"};
    }
}
