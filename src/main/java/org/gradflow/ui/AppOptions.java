package org.gradflow.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The app's command-line options (everything {@code ./gradflow} gets when it is not a headless command).
 *
 * @param open an experiment file to open at start, or {@code null} for the default experiment
 * @param train whether to start training at once
 * @param perfLog where to write the frame-time summary at exit, or {@code null}
 * @param quitAfterSeconds close the app after this many seconds (0 = never), for measurements
 * @param dark whether to start with the dark theme
 */
public record AppOptions(Path open, boolean train, Path perfLog, double quitAfterSeconds, boolean dark) {
    /** The usage text. */
    public static final String USAGE = String.join("\n",
            "Usage: gradflow [FILE.json] [--open FILE] [--train] [--dark] [--perf-log FILE] [--quit-after SECONDS]",
            "  FILE.json, --open FILE  open an experiment (or a saved run) instead of the default experiment",
            "  --train                 start training at once",
            "  --dark                  dark theme",
            "  --perf-log FILE         record frame (pulse) intervals; write p50/p95/max at exit",
            "  --quit-after SECONDS    close the app after that many seconds (for measurements)",
            "Headless commands: gradflow run --help, gradflow charts --help");

    /** No options: the default experiment, light theme. */
    public static final AppOptions NONE = new AppOptions(null, false, null, 0, false);

    /**
     * @param args the arguments, not {@code null}
     * @return the options
     * @throws IllegalArgumentException with a plain message for an unknown option or a missing value
     */
    public static AppOptions parse(List<String> args) {
        Objects.requireNonNull(args, "args");
        Path open = null;
        boolean train = false;
        Path perf = null;
        double quit = 0;
        boolean dark = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--open" -> open = Path.of(value(args, ++i, a));
                case "--train" -> train = true;
                case "--dark" -> dark = true;
                case "--perf-log" -> perf = Path.of(value(args, ++i, a));
                case "--quit-after" -> {
                    String v = value(args, ++i, a);
                    try {
                        quit = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--quit-after needs a number of seconds, got '" + v + "'");
                    }
                    if (!(quit > 0)) {
                        throw new IllegalArgumentException("--quit-after needs a positive number, got '" + v + "'");
                    }
                }
                default -> {
                    if (!a.startsWith("-") && a.toLowerCase(Locale.ROOT).endsWith(".json") && open == null) {
                        open = Path.of(a);
                    } else {
                        throw new IllegalArgumentException("unknown option or argument '" + a + "'");
                    }
                }
            }
        }
        return new AppOptions(open, train, perf, quit, dark);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
