package org.gradflow.cli;

import picocli.CommandLine.Command;

/** The top-level {@code gradflow} command. Without a subcommand the launcher opens the app instead. */
@Command(name = "gradflow", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"GradFlow: watch vanishing and exploding gradients while a deep MLP trains.",
            "Without a command, opens the app with a ready default experiment."},
        subcommands = {RunCommand.class, ChartsCommand.class})
public final class GradflowCommand implements Runnable {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
