package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayProblemTest {

    @Test
    void linuxWithoutAnyDisplayIsExplainedBeforeLaunch() {
        assertThat(DisplayProblem.beforeLaunch("Linux", Map.of())).hasValueSatisfying(m -> assertThat(m)
                .contains("no display").contains("DISPLAY").contains("./gradflow run"));
        assertThat(DisplayProblem.beforeLaunch("Linux", Map.of("DISPLAY", " "))).isPresent();
    }

    @Test
    void anX11OrWaylandDisplayOrAnotherSystemIsFine() {
        assertThat(DisplayProblem.beforeLaunch("Linux", Map.of("DISPLAY", ":0"))).isEmpty();
        assertThat(DisplayProblem.beforeLaunch("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"))).isEmpty();
        assertThat(DisplayProblem.beforeLaunch("Windows 11", Map.of())).isEmpty();
        assertThat(DisplayProblem.beforeLaunch("Mac OS X", Map.of())).isEmpty();
    }

    @Test
    void aMissingGtkLibraryNamesThePackageToInstall() {
        var failure = new RuntimeException("No toolkit found",
                new UnsatisfiedLinkError("libgtk-3.so.0: cannot open shared object file"));
        String message = DisplayProblem.afterFailure(failure);
        assertThat(message).startsWith("GradFlow cannot open its window: JavaFX could not load its graphics")
                .contains("apt-get install libgtk-3-0").contains("Cause: libgtk-3.so.0: cannot open shared object file.")
                .contains("./gradflow run");
    }

    @Test
    void anUnreachableDisplayIsNamed() {
        String message = DisplayProblem.afterFailure(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(message).contains("could not connect to the display").contains("Cause: Unable to open DISPLAY.");
    }

    @Test
    void anyOtherFailureKeepsJavaFxsWords() {
        assertThat(DisplayProblem.afterFailure(new IllegalStateException(null, null)))
                .contains("JavaFX could not start. Cause: IllegalStateException.");
    }
}
