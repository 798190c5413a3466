package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Large inputs read as streams: progress, cancellation and memory that follows the data kept, not the input size. */
class CsvLoaderStreamingTest {
    private static final Path NAME = Path.of("big.csv");
    private static final CsvLoader LOADER = new CsvLoader("y", true, false);

    @Test
    void syntheticRowsHaveTheDeclaredSizeAndValues() throws Exception {
        try (SyntheticCsv in = new SyntheticCsv(3)) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(text).hasSize((int) SyntheticCsv.size(3)).startsWith("x1,x2,").endsWith("\n");
            String[] lines = text.split("\n");
            assertThat(lines).hasSize(4);
            assertThat(lines[2].split(",")).hasSize(8).allMatch(c -> c.length() == SyntheticCsv.CELL_BYTES);
            assertThat(Double.parseDouble(lines[2].split(",")[3])).isEqualTo(SyntheticCsv.value(1, 3));
        }
    }

    @Test
    void aLargeStreamLoadsCompletelyWithProgressRisingToOneAndKeepsOnlyItsNumbers() throws Exception {
        long rows = SyntheticCsv.rowsFor(64L << 20);
        long size = SyntheticCsv.size(rows);
        List<Double> reports = new ArrayList<>();
        long before = heapAfterGc();
        SyntheticCsv in = new SyntheticCsv(rows);
        RawData data = LOADER.load(in, size, NAME, reports::add, () -> false);
        long retained = heapAfterGc() - before;

        assertThat(in.served()).isEqualTo(size);
        assertThat(data.rows()).isEqualTo(rows);
        assertThat(data.inputWidth()).isEqualTo(7);
        long last = rows - 1;
        assertThat(data.input((int) last, 6)).isEqualTo(SyntheticCsv.value(last, 6));
        assertThat(data.target((int) last, 0)).isEqualTo(SyntheticCsv.value(last, 7));
        assertThat(reports).hasSizeGreaterThan(50).isSorted().allMatch(f -> f >= 0 && f <= 1);
        assertThat(reports.get(reports.size() - 1)).isEqualTo(1.0);
        long numbers = rows * SyntheticCsv.COLUMNS * Double.BYTES;
        assertThat(retained).as("heap kept after loading %,d bytes", size)
                .isGreaterThan(numbers * 9 / 10).isLessThan(size / 2);
    }

    @Test
    void cancellingALargeStreamAtTenPercentStopsAtTheNextCheck() {
        long rows = SyntheticCsv.rowsFor(256L << 20);
        long size = SyntheticCsv.size(rows);
        SyntheticCsv in = new SyntheticCsv(rows);
        long[] servedAtRequest = {-1};
        assertThatExceptionOfType(LoadCancelledException.class)
                .isThrownBy(() -> LOADER.load(in, size, NAME, f -> {
                    if (f >= 0.1 && servedAtRequest[0] < 0) {
                        servedAtRequest[0] = in.served(); // the user cancels once 10% are shown
                    }
                }, () -> servedAtRequest[0] >= 0))
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("big.csv, line ").endsWith(": loading was cancelled");
                    assertThat(e.line() % CsvLoader.CHECK_EVERY).as("stopped at a check").isEqualTo(1);
                    // progress is reported in steps of at least 1%, so the 10% report comes at up to 11%
                    assertThat((long) e.line()).isBetween(rows / 10, rows * 11 / 100 + 2L * CsvLoader.CHECK_EVERY);
                });
        // Cancellation is checked every CHECK_EVERY lines; reading stops at the next check, after at most those lines
        // and the readers' buffers (8 KiB each).
        long slack = (long) CsvLoader.CHECK_EVERY * SyntheticCsv.ROW_BYTES + 64 * 1024;
        assertThat(servedAtRequest[0]).isBetween(size / 10, size * 11 / 100 + slack);
        assertThat(in.served()).isLessThanOrEqualTo(servedAtRequest[0] + slack);
    }

    @Test
    void aStreamWithProblemsGetsTheSameMessagesAsAFile() {
        byte[] ragged = "a,y\n1,2\n3\n".getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(DataException.class)
                .isThrownBy(() -> LOADER.load(new ByteArrayInputStream(ragged), ragged.length, NAME, f -> { },
                        () -> false))
                .withMessage("big.csv, line 3: expected 2 cells (as on line 1), found 1");
        assertThatExceptionOfType(DataException.class)
                .isThrownBy(() -> LOADER.load(new ByteArrayInputStream(new byte[0]), 0, NAME, f -> { }, () -> false))
                .withMessage("big.csv: is empty");
        assertThatThrownBy(() -> LOADER.load(new ByteArrayInputStream(ragged), -1, NAME, f -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
