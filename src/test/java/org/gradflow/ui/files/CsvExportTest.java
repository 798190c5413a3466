package org.gradflow.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradflow.diagnostics.History;
import org.gradflow.ui.testing.TestSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @Test
    void writesTheRunFormatFromTheHistory(@TempDir Path dir) throws Exception {
        History h = TestSteps.history(12, 3);
        List<Path> files = CsvExport.write(h, dir);
        assertThat(files).containsExactly(dir.resolve("steps.csv"), dir.resolve("layers.csv"));
        List<String> steps = Files.readAllLines(dir.resolve("steps.csv"));
        assertThat(steps.get(0)).isEqualTo("step,loss,val_loss,val_accuracy,learning_rate,grad_norm_global,"
                + "grad_norm_global_clipped,clipped,non_finite");
        assertThat(steps).hasSize(13);
        assertThat(steps.get(1)).startsWith("1,1,NaN,NaN,0.1,");
        assertThat(steps.get(10)).startsWith("10,0.1,0.12,0.5,0.1,");
        List<String> layers = Files.readAllLines(dir.resolve("layers.csv"));
        assertThat(layers.get(0)).startsWith("step,layer,grad_norm_w,");
        assertThat(layers).hasSize(1 + 12 * 3);
        assertThat(layers.get(3)).startsWith("1,3,0.1001,");
    }
}
