package org.gradflow.ui.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradflow.io.AtomicFiles;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;

/**
 * The recovery files of running and crashed sessions, in one folder: each app process writes
 * {@code recovery-PID.json} (an experiment file with the recorded run) and {@code recovery-PID.properties} (which
 * document it belongs to), both atomically; the time of the autosave is the recovery file's modification time, and removes them on a clean exit. A recovery file whose process is no
 * longer alive belongs to a session that crashed. Plain Java (no JavaFX); methods may be called from any thread, but
 * one store's writes must not overlap.
 */
public final class RecoveryStore {
    /** System property naming the recovery folder (tests, or to keep it elsewhere). */
    public static final String FOLDER_PROPERTY = "gradflow.recovery.dir";
    private static final Pattern NAME = Pattern.compile("recovery-(\\d+)\\.json");

    private final Path folder;
    private final long owner;
    private final LongPredicate alive;

    /**
     * A recovery file of a session that is gone.
     *
     * @param file the recovery file (an experiment file)
     * @param pid the id of the session that wrote it
     * @param original the document it belongs to, or {@code null} when that was untitled
     * @param savedAt when it was autosaved
     */
    public record Crashed(Path file, long pid, Path original, Instant savedAt) {
        /** @return "deep-sigmoid.json" or "an untitled experiment" */
        public String documentName() {
            return original == null ? "an untitled experiment" : original.getFileName().toString();
        }
    }

    /**
     * @param folder where the files go (created when needed), not {@code null}
     * @param owner the id of this session in the file names (the process id)
     * @param alive whether the session with a given id still runs, not {@code null}
     */
    public RecoveryStore(Path folder, long owner, LongPredicate alive) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.owner = owner;
        this.alive = Objects.requireNonNull(alive, "alive");
    }

    /**
     * @param folder the recovery folder, or {@code null} for {@link #defaultFolder()}
     * @return the store of this process: its files named by the process id, a file of a process that is no longer
     *         alive counted as crashed
     */
    public static RecoveryStore forThisProcess(Path folder) {
        return new RecoveryStore(folder != null ? folder : defaultFolder(), ProcessHandle.current().pid(),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /**
     * @return the folder named by {@value #FOLDER_PROPERTY}, else {@code recovery} in the configuration folder
     *         ({@code gradflow.config}, else {@code ~/.config/gradflow})
     */
    public static Path defaultFolder() {
        String dir = System.getProperty(FOLDER_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String config = System.getProperty("gradflow.config");
        Path base = config != null && !config.isBlank() ? Path.of(config)
                : Path.of(System.getProperty("user.home"), ".config", "gradflow");
        return base.resolve("recovery");
    }

    /** @return this session's recovery file (it may not exist) */
    public Path file() {
        return folder.resolve("recovery-" + owner + ".json");
    }

    private Path infoFile(long pid) {
        return folder.resolve("recovery-" + pid + ".properties");
    }

    /**
     * Writes this session's recovery file atomically: a reader (or a restart after a crash at any moment) sees the
     * previous complete file or the new complete file, never a part.
     *
     * @param content the experiment and its run, not {@code null}
     * @param original the document's file, or {@code null} when it is untitled
     */
    public void write(ExperimentFile content, Path original) throws IOException {
        Objects.requireNonNull(content, "content");
        Files.createDirectories(folder);
        Properties info = new Properties();
        if (original != null) {
            info.setProperty("original", original.toAbsolutePath().toString());
        }
        AtomicFiles.write(infoFile(owner), out -> info.store(out, "GradFlow recovery"));
        ExperimentFiles.save(content, file());
    }

    /** Removes this session's recovery files (nothing to recover: saved, or a clean exit). */
    public void remove() throws IOException {
        Files.deleteIfExists(file());
        Files.deleteIfExists(infoFile(owner));
    }

    /** @return the recovery files of sessions that are gone, newest first */
    public List<Crashed> crashed() throws IOException {
        List<Crashed> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "recovery-*.json")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue; // a temporary file of an atomic write, or someone else's file
                }
                long pid = Long.parseLong(m.group(1));
                if (pid != owner && !alive.test(pid)) {
                    found.add(describe(f, pid));
                }
            }
        }
        found.sort(Comparator.comparing(Crashed::savedAt).reversed());
        return found;
    }

    /** @return the newest recovery file of a session that is gone */
    public Optional<Crashed> newestCrashed() throws IOException {
        List<Crashed> all = crashed();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Deletes a crashed session's recovery files (restored into this session, or discarded). */
    public void discard(Crashed crashed) throws IOException {
        Files.deleteIfExists(crashed.file());
        Files.deleteIfExists(infoFile(crashed.pid()));
    }

    private Crashed describe(Path file, long pid) throws IOException {
        Properties info = new Properties();
        Path infoFile = infoFile(pid);
        if (Files.exists(infoFile)) {
            try (InputStream in = Files.newInputStream(infoFile)) {
                info.load(in);
            }
        }
        String original = info.getProperty("original");
        Instant saved = Files.getLastModifiedTime(file).toInstant();
        return new Crashed(file, pid, original == null ? null : Path.of(original), saved);
    }
}
