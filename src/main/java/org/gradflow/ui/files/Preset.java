package org.gradflow.ui.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A ready-made experiment from {@code assets/experiments/index.json}.
 *
 * @param title menu title, not {@code null}
 * @param description one or two sentences, not {@code null} (may be empty)
 * @param path the experiment file, not {@code null}
 */
public record Preset(String title, String description, Path path) {
    public Preset {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(path, "path");
    }
}
