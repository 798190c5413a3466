package org.gradflow;

import org.gradflow.cli.ExitCodes;
import org.gradflow.cli.GradflowCommand;
import picocli.CommandLine;

/**
 * Entry point of the {@code gradflow} launcher: with no arguments opens the app, otherwise runs a headless command.
 * Deliberately not a JavaFX {@code Application}: with JavaFX on the class path the main class must not extend it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(openApp());
        }
        System.exit(new CommandLine(new GradflowCommand()).execute(args));
    }

    private static int openApp() {
        System.err.println("GradFlow: the desktop app is not built yet. Headless runs work: ./gradflow run --help");
        return ExitCodes.ERROR;
    }
}
