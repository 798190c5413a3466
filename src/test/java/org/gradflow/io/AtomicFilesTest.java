package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves are all-or-nothing: a failed save leaves the old file as it was and no temporary file behind. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    /** Passes the first {@code limit} bytes on, then fails, like a disk that fills up half-way. */
    private static final class FailAfter extends FilterOutputStream {
        private long left;

        FailAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("disk full (simulated)");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void saveThenLoadGivesTheSameFileAndTheCanonicalBytes() throws Exception {
        Path target = dir.resolve("run.json");
        ExperimentFile file = ExperimentFile.of(TestSpecs.base());
        ExperimentFiles.save(file, target);
        assertThat(ExperimentFiles.load(target)).isEqualTo(file);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(ExperimentFiles.write(file));
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aSaveThatFailsHalfWayLeavesTheOldFileIntact() throws Exception {
        Path target = dir.resolve("run.json");
        ExperimentFile old = ExperimentFile.of(TestSpecs.base());
        ExperimentFiles.save(old, target);
        byte[] before = Files.readAllBytes(target);
        ExperimentFile changed = old.withSpec(old.spec().withTraining(old.spec().training()
                .withOptimizer(OptimizerSpec.of(OptimizerKind.ADAM, 0.001))));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> ExperimentFiles.write(changed, new FailAfter(out, 300))))
                .isInstanceOf(IOException.class).hasMessage("disk full (simulated)");

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(ExperimentFiles.load(target)).isEqualTo(old);
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aRuntimeFailureAlsoLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("notes.txt");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("new, but only ha".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("serializer bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void replacesAnExistingFileAndKeepsItsPermissions() throws Exception {
        Path target = dir.resolve("notes.txt");
        Files.writeString(target, "old content that is longer than the new one");
        boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        }
        AtomicFiles.write(target, out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertThat(Files.readString(target)).isEqualTo("new");
        if (posix) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
        }
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aMissingFolderFailsWithoutCreatingAnything() throws Exception {
        Path target = dir.resolve("missing").resolve("run.json");
        assertThatThrownBy(() -> ExperimentFiles.save(ExperimentFile.of(TestSpecs.base()), target))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aFolderCannotBeReplaced() throws Exception {
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1))).isInstanceOf(IOException.class);
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep");
        assertThat(files()).containsExactly(target);
    }
}
