package org.gradflow.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Explains, in plain words, why the app cannot open a window: no display to draw on, or JavaFX's native graphics
 * libraries (GTK 3 on Linux) missing. Pure functions of the environment and the failure, so they are testable without
 * a display.
 */
final class DisplayProblem {
    static final String HEADLESS_HINT = "To train without a window: ./gradflow run EXPERIMENT.json --out DIR "
            + "(./gradflow --help lists every command).";

    private DisplayProblem() {
    }

    /**
     * @param osName the {@code os.name} system property, not {@code null}
     * @param env the environment variables, not {@code null}
     * @return the problem when a Linux or other Unix desktop session has neither an X11 nor a Wayland display
     */
    static Optional<String> beforeLaunch(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean unixDesktop = !os.contains("win") && !os.contains("mac");
        if (unixDesktop && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("GradFlow cannot open its window: there is no display (neither DISPLAY nor "
                    + "WAYLAND_DISPLAY is set). Start it from a desktop session, or over ssh with X forwarding (ssh -X). "
                    + HEADLESS_HINT);
        }
        return Optional.empty();
    }

    /**
     * @param failure what JavaFX threw while starting, not {@code null}
     * @return the message for the user: the cause in JavaFX's words plus what to do about it
     */
    static String afterFailure(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String lower = (failure + " " + cause).toLowerCase(Locale.ROOT);
        String advice;
        if (lower.contains("display")) {
            advice = "JavaFX could not connect to the display; check that DISPLAY names a running X server.";
        } else if (lower.contains("gtk") || lower.contains("toolkit") || lower.contains("graphics device")
                || root instanceof UnsatisfiedLinkError) {
            advice = "JavaFX could not load its graphics libraries. On Linux it needs GTK 3 "
                    + "(Debian/Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3).";
        } else {
            advice = "JavaFX could not start.";
        }
        return "GradFlow cannot open its window: " + advice + " Cause: " + cause + ". " + HEADLESS_HINT;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
