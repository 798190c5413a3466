package org.gradflow.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened or saved experiment files, newest first, kept in {@code recent.txt} of the configuration
 * folder (one path per line). Failures to read or write the list are logged and otherwise ignored: the list is a
 * convenience.
 */
public final class RecentFiles {
    /** Most files remembered. */
    public static final int MAX = 8;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** @param store the list's file (its folder is created on the first save), not {@code null} */
    public RecentFiles(Path store) {
        this.store = Objects.requireNonNull(store, "store");
        if (Files.isRegularFile(store)) {
            try {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < MAX) {
                        files.add(Path.of(line.trim()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("GradFlow: cannot read the recent files list " + store + ": " + e.getMessage());
            }
        }
    }

    /** @return the default store: {@code recent.txt} in {@code gradflow.config} or {@code ~/.config/gradflow} */
    public static Path defaultStore() {
        String dir = System.getProperty("gradflow.config");
        Path base = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".config", "gradflow");
        return base.resolve("recent.txt");
    }

    /** @return the files, newest first; read-only */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first (once) and saves the list. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        save();
    }

    /** Forgets {@code file} (for example after it could not be opened) and saves the list. */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            List<String> lines = files.stream().map(Path::toString).toList();
            Files.write(store, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("GradFlow: cannot save the recent files list " + store + ": " + e.getMessage());
        }
    }
}
