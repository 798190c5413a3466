package org.gradflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gradflow.data.DataException;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.io.MetricsCsvWriter;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InvalidSpecException;
import org.gradflow.model.TrainingSpec;
import org.gradflow.run.ExperimentRun;
import org.gradflow.run.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gradflow run EXPERIMENT.json --out DIR}: trains without a window and writes the run's CSV files, charts and
 * the experiment file with its History. Exit codes: see {@link ExitCodes}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train an experiment without a window and write steps.csv, layers.csv, the charts (PNG, and "
                + "SVG with --svg) and experiment.json (the spec with the recorded history and weights) into DIR.",
            "Exit codes: 0 done, 2 bad file or arguments, 3 training stopped on NaN/Inf (everything recorded is "
                + "still written), 1 other errors."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the experiment file (JSON)")
    private Path experiment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if missing)")
    private Path out;

    @Option(names = "--steps", paramLabel = "N", description = "train N steps instead of the file's step count")
    private Long steps;

    @Option(names = "--seed", paramLabel = "S", description = "use seed S instead of the file's")
    private Long seed;

    @Option(names = "--svg", description = "also write every chart as SVG")
    private boolean svg;

    @Option(names = "--quiet", description = "no progress line on stderr")
    private boolean quiet;

    @Option(names = "--memory-every", paramLabel = "N", description = "every N steps print the steps/s, the heap in "
            + "use after a garbage collection, JavaCPP's off-heap bytes, the resident memory, the matrices allocated, "
            + "the GCs since the last line and the History's size against its bound (soak runs)")
    private long memoryEvery;

    @Option(names = "--allow-external-data", description = "let the experiment read a CSV file outside its own folder "
            + "(an absolute path or one with ..), which is refused otherwise")
    private boolean allowExternalData;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExperimentSpec experimentSpec;
        ExperimentRun run;
        try {
            ExperimentFile file = ExperimentFiles.load(experiment);
            experimentSpec = applyOverrides(file.spec());
            Path baseDir = experiment.toAbsolutePath().getParent();
            run = ExperimentRun.start(experimentSpec, baseDir, HistoryLimits.DEFAULT, allowExternalData);
            Files.createDirectories(out);
        } catch (ExperimentFileException | DataException e) {
            err.println("gradflow run: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (InvalidSpecException e) {
            err.println("gradflow run: " + experiment + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("gradflow run: cannot create the output folder " + out + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread hook = new Thread(() -> interrupted.set(true), "gradflow-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (MetricsCsvWriter csv = new MetricsCsvWriter(out)) {
            run.addListener(csv);
            ProgressLine progress = null;
            if (!quiet) {
                progress = new ProgressLine(System.err, experimentSpec.training().steps(), 500_000_000L, System::nanoTime);
                run.addListener(progress);
            }
            if (memoryEvery > 0) {
                run.addListener(new MemoryReport(err, memoryEvery, run.history()));
            }
            run.runToEnd(interrupted::get);
            if (progress != null) {
                progress.finish();
            }
        } catch (IOException e) {
            err.println("gradflow run: writing the CSV files in " + out + " failed: " + e.getMessage());
            return ExitCodes.ERROR;
        } finally {
            removeHook(hook);
        }
        try {
            ChartFiles.writeAll(run.history(), out, svg);
            RunFiles.save(run, out.resolve("experiment.json"));
        } catch (IOException e) {
            err.println("gradflow run: writing the results in " + out + " failed: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (run.trainer().stoppedOnNonFinite()) {
            err.println("gradflow run: training stopped at step " + run.trainer().stepCount()
                    + ": a value became NaN or infinite (" + NonFiniteReport.describe(run.history().latest()) + ")."
                    + " Everything recorded until then was written to " + out + ".");
            return ExitCodes.NON_FINITE;
        }
        return ExitCodes.OK;
    }

    private ExperimentSpec applyOverrides(ExperimentSpec s) {
        ExperimentSpec result = s;
        if (seed != null) {
            result = result.withSeed(seed);
        }
        if (steps != null) {
            TrainingSpec t = result.training().withSteps(steps);
            result = result.withTraining(t);
        }
        return result;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down (Ctrl-C): the hook has run and the outputs were written above.
            assert shuttingDown != null;
        }
    }
}
