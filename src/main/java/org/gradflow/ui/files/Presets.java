package org.gradflow.ui.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the preset experiments: {@code assets/experiments/index.json}, a JSON array of {@code {file, title,
 * description}} whose {@code file} is relative to the index. The folder is the system property
 * {@code gradflow.assets} (the {@code assets} folder), else {@code assets} in the working directory, else the one
 * beside the build output the classes were loaded from. A missing or broken index gives no presets (and a message on
 * the console), never an error: the app then starts with {@link DefaultExperiment}.
 */
public final class Presets {
    private static final String INDEX = "experiments/index.json";

    private Presets() {
    }

    /** @return the presets in index order; empty when there are none */
    public static List<Preset> load() {
        Path index = findIndex();
        return index == null ? List.of() : read(index);
    }

    /**
     * @param index an index file, not {@code null}
     * @return its presets whose files exist; empty (with a console message) when the index cannot be read
     */
    public static List<Preset> read(Path index) {
        List<Preset> presets = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(index.toFile());
            JsonNode list = root.isArray() ? root : root.path("experiments");
            for (JsonNode entry : list) {
                String file = entry.path("file").asText("");
                if (file.isEmpty()) {
                    continue;
                }
                Path path = index.getParent().resolve(file).normalize();
                if (!Files.isRegularFile(path)) {
                    System.err.println("GradFlow: preset " + path + " listed in " + index + " does not exist");
                    continue;
                }
                String title = entry.path("title").asText(file);
                presets.add(new Preset(title, entry.path("description").asText(""), path));
            }
        } catch (IOException e) {
            System.err.println("GradFlow: cannot read the preset index " + index + ": " + e.getMessage());
        }
        return presets;
    }

    private static Path findIndex() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("gradflow.assets");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).resolve(INDEX));
        }
        candidates.add(Path.of("assets").resolve(INDEX));
        try {
            Path classes = Path.of(Presets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = classes; p != null; p = p.getParent()) {
                candidates.add(p.resolve("assets").resolve(INDEX));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            System.err.println("GradFlow: cannot locate the class folder to find presets: " + e);
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return c.toAbsolutePath();
            }
        }
        return null;
    }
}
