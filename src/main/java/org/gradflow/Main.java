package org.gradflow;

import java.util.Set;
import org.gradflow.cli.GradflowCommand;
import org.gradflow.ui.AppLauncher;
import picocli.CommandLine;

/**
 * Entry point of the {@code gradflow} launcher: with no arguments, or with app options ({@code --open FILE},
 * {@code --train}, {@code --perf-log FILE}, an experiment file...), opens the app; with a subcommand ({@code run},
 * {@code charts}) or {@code --help}/{@code --version} runs the headless command line. Deliberately not a JavaFX
 * {@code Application}: with JavaFX on the class path the main class must not extend it.
 */
public final class Main {
    private static final Set<String> COMMAND_LINE_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(openApp(args)); // no picocli set-up: the window should appear as soon as possible
        }
        CommandLine commandLine = new CommandLine(new GradflowCommand());
        if (isAppInvocation(args, commandLine.getSubcommands().keySet())) {
            System.exit(openApp(args));
        }
        System.exit(commandLine.execute(args));
    }

    /**
     * @param args the arguments
     * @param subcommands the names of the headless commands
     * @return whether the arguments open the app (none, or the first is neither a command nor help/version)
     */
    public static boolean isAppInvocation(String[] args, Set<String> subcommands) {
        return args.length == 0 || (!subcommands.contains(args[0]) && !COMMAND_LINE_OPTIONS.contains(args[0]));
    }

    private static int openApp(String[] args) {
        return AppLauncher.launch(args);
    }
}
