package org.gradflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gradflow.diagnostics.History;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.run.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gradflow charts SAVED.json --out DIR}: draws the charts of a saved run again, without training. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = {"Export the charts of a saved run (an experiment file with a recorded history) as PNG, and SVG "
                + "with --svg, into DIR.", "Exit codes: 0 done, 2 bad file, no history or bad arguments, 1 other errors."})
public final class ChartsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SAVED", description = "an experiment file with a recorded history")
    private Path saved;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if missing)")
    private Path out;

    @Option(names = "--svg", description = "also write every chart as SVG")
    private boolean svg;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        History history;
        try {
            ExperimentFile file = ExperimentFiles.load(saved);
            history = RunFiles.history(file, saved.toString());
            if (history == null) {
                err.println("gradflow charts: " + saved + ": the file has no recorded history; run it with "
                        + "'gradflow run' first");
                return ExitCodes.BAD_INPUT;
            }
            Files.createDirectories(out);
        } catch (ExperimentFileException e) {
            err.println("gradflow charts: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("gradflow charts: cannot create the output folder " + out + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            ChartFiles.writeAll(history, out, svg);
        } catch (IOException e) {
            err.println("gradflow charts: writing the charts in " + out + " failed: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        return ExitCodes.OK;
    }
}
