package org.gradflow.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @Test
    void newestFirstWithoutDuplicatesAndKeptAcrossSessions(@TempDir Path dir) {
        Path store = dir.resolve("config/recent.txt");
        RecentFiles r = new RecentFiles(store);
        r.add(dir.resolve("a.json"));
        r.add(dir.resolve("b.json"));
        r.add(dir.resolve("a.json"));
        assertThat(r.files()).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
        for (int i = 0; i < 20; i++) {
            r.add(dir.resolve(i + ".json"));
        }
        assertThat(r.files()).hasSize(RecentFiles.MAX);
        RecentFiles again = new RecentFiles(store);
        assertThat(again.files()).containsExactlyElementsOf(r.files());
        again.remove(dir.resolve("19.json"));
        assertThat(again.files()).doesNotContain(dir.resolve("19.json"));
    }
}
