package org.gradflow.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.ui.testing.UiSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery files: one per session, a file of a session that is gone counts as crashed. */
class RecoveryStoreTest {
    @TempDir
    Path dir;

    @Test
    void filesOfSessionsThatAreGoneAreCrashedNewestFirstAndOwnOrLiveOnesAreNot() throws Exception {
        Set<Long> alive = Set.of(10L, 11L);
        ExperimentFile content = ExperimentFile.of(UiSpecs.fiveLayers(10));
        RecoveryStore live = new RecoveryStore(dir, 11, alive::contains);
        RecoveryStore goneOld = new RecoveryStore(dir, 20, alive::contains);
        RecoveryStore goneNew = new RecoveryStore(dir, 21, alive::contains);
        RecoveryStore me = new RecoveryStore(dir, 10, alive::contains);
        live.write(content, null);
        goneOld.write(content, Path.of("/work/old.json"));
        goneNew.write(content, null);
        Files.setLastModifiedTime(goneOld.file(), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.writeString(dir.resolve("recovery-30.json.tmp123"), "half"); // an atomic write's temporary file

        var crashed = me.crashed();
        assertThat(crashed).extracting(RecoveryStore.Crashed::pid).containsExactly(21L, 20L);
        assertThat(crashed.get(1).original()).isEqualTo(Path.of("/work/old.json"));
        assertThat(crashed.get(1).documentName()).isEqualTo("old.json");
        assertThat(crashed.get(0).documentName()).isEqualTo("an untitled experiment");
        assertThat(ExperimentFiles.load(crashed.get(0).file()).spec()).isEqualTo(content.spec());

        me.discard(crashed.get(0));
        assertThat(me.newestCrashed()).get().extracting(RecoveryStore.Crashed::pid).isEqualTo(20L);
        assertThat(goneNew.file()).doesNotExist();
        assertThat(dir.resolve("recovery-21.properties")).doesNotExist();

        live.remove();
        assertThat(live.file()).doesNotExist();
        assertThat(dir.resolve("recovery-11.properties")).doesNotExist();
    }

    @Test
    void noFolderMeansNothingToRecover() throws Exception {
        assertThat(new RecoveryStore(dir.resolve("missing"), 1, pid -> false).crashed()).isEmpty();
    }

    @Test
    void theFolderFollowsTheSystemProperty() {
        String before = System.getProperty(RecoveryStore.FOLDER_PROPERTY);
        try {
            System.setProperty(RecoveryStore.FOLDER_PROPERTY, dir.toString());
            assertThat(RecoveryStore.defaultFolder()).isEqualTo(dir);
            assertThat(RecoveryStore.forThisProcess(null).file().getParent()).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty(RecoveryStore.FOLDER_PROPERTY);
            } else {
                System.setProperty(RecoveryStore.FOLDER_PROPERTY, before);
            }
        }
    }
}
