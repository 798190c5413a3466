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
 * @param autosaveSeconds seconds between two autosaves of unsaved work to the recovery file (0 = no autosave)
 * @param recoveryDir the folder of the recovery files, or {@code null} for the default
 *        ({@link org.gradflow.ui.recovery.RecoveryStore#defaultFolder()})
 */
public record AppOptions(Path open, boolean train, Path perfLog, double quitAfterSeconds, boolean dark,
                         double autosaveSeconds, Path recoveryDir) {
    /** Seconds between two autosaves unless {@code --autosave-seconds} says otherwise. */
    public static final double DEFAULT_AUTOSAVE_SECONDS = 30;

    /** The usage text. */
    public static final String USAGE = String.join("\n",
            "Usage: gradflow [FILE.json] [--open FILE] [--train] [--dark] [--perf-log FILE] [--quit-after SECONDS]",
            "                [--autosave-seconds SECONDS] [--recovery-dir DIR]",
            "  FILE.json, --open FILE  open an experiment (or a saved run) instead of the default experiment",
            "  --train                 start training at once",
            "  --dark                  dark theme",
            "  --perf-log FILE         record frame (pulse) intervals; write p50/p95/max at exit",
            "  --quit-after SECONDS    close the app after that many seconds (for measurements)",
            "  --autosave-seconds S    autosave unsaved work for crash recovery every S seconds (default 30; 0: never)",
            "  --recovery-dir DIR      keep the autosaved work in DIR (default ~/.config/gradflow/recovery)",
            "Headless commands: gradflow run --help, gradflow charts --help");

    /** No options: the default experiment, light theme. */
    public static final AppOptions NONE = new AppOptions(null, false, null, 0, false, DEFAULT_AUTOSAVE_SECONDS, null);

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
        double autosave = DEFAULT_AUTOSAVE_SECONDS;
        Path recovery = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--open" -> open = Path.of(value(args, ++i, a));
                case "--train" -> train = true;
                case "--dark" -> dark = true;
                case "--perf-log" -> perf = Path.of(value(args, ++i, a));
                case "--quit-after" -> quit = seconds(value(args, ++i, a), a, false);
                case "--autosave-seconds" -> autosave = seconds(value(args, ++i, a), a, true);
                case "--recovery-dir" -> recovery = Path.of(value(args, ++i, a));
                default -> {
                    if (!a.startsWith("-") && a.toLowerCase(Locale.ROOT).endsWith(".json") && open == null) {
                        open = Path.of(a);
                    } else {
                        throw new IllegalArgumentException("unknown option or argument '" + a + "'");
                    }
                }
            }
        }
        return new AppOptions(open, train, perf, quit, dark, autosave, recovery);
    }

    private static double seconds(String v, String option, boolean zeroAllowed) {
        double s;
        try {
            s = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number of seconds, got '" + v + "'");
        }
        if (!(s > 0 || zeroAllowed && s == 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException(option + " needs a positive number" + (zeroAllowed ? " or 0" : "")
                    + ", got '" + v + "'");
        }
        return s;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
