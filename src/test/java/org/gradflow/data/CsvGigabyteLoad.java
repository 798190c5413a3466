package org.gradflow.data;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The measured 1 GB CSV import (not a test; docs/reliability.md): {@code CsvGigabyteLoad [BYTES]} loads a
 * {@link SyntheticCsv} stream of about {@code BYTES} bytes (default 1 GiB) through {@link CsvLoader} and prints the
 * time, the progress reports, the heap in use sampled at every report and the heap pools' peak, and the heap kept
 * after loading; then starts again and cancels at 10%, printing how far reading went past the request and how long
 * stopping took. Run it with a bounded heap ({@code -Xmx}) to show that the file is never held in memory.
 */
public final class CsvGigabyteLoad {
    private CsvGigabyteLoad() {
    }

    public static void main(String[] args) throws DataException {
        long bytes = args.length > 0 ? Long.parseLong(args[0]) : 1L << 30;
        long rows = SyntheticCsv.rowsFor(bytes);
        long size = SyntheticCsv.size(rows);
        CsvLoader loader = new CsvLoader("y", true, false);
        Path name = Path.of("synthetic-1gb.csv");
        System.out.printf(Locale.ROOT, "input: %,d bytes, %,d rows of %d numbers; max heap %.0f MB%n", size, rows,
                SyntheticCsv.COLUMNS, Runtime.getRuntime().maxMemory() / 1e6);
        long before = heapAfterGc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] sampledPeak = {0};
        int[] reports = {0};
        double[] lastFraction = {-1};
        long t0 = System.nanoTime();
        RawData data = loader.load(new SyntheticCsv(rows), size, name, f -> {
            if (f < lastFraction[0]) {
                throw new IllegalStateException("progress went back from " + lastFraction[0] + " to " + f);
            }
            lastFraction[0] = f;
            reports[0]++;
            sampledPeak[0] = Math.max(sampledPeak[0], heapUsed());
        }, () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        long kept = heapAfterGc() - before;
        System.out.printf(Locale.ROOT, "loaded %,d rows in %.1f s (%.1f MB/s), %d progress reports (monotonic, last %.2f)"
                        + "%nheap: highest sampled at a report %.0f MB, sum of heap pool peaks %.0f MB, kept after "
                        + "loading %.0f MB (the numbers alone: %.0f MB)%n", data.rows(), seconds, size / 1e6 / seconds,
                reports[0], lastFraction[0], sampledPeak[0] / 1e6, poolPeaks / 1e6, kept / 1e6,
                rows * SyntheticCsv.COLUMNS * 8 / 1e6);
        data = null;
        cancelAtTenPercent(loader, name, rows, size);
    }

    private static void cancelAtTenPercent(CsvLoader loader, Path name, long rows, long size) {
        SyntheticCsv in = new SyntheticCsv(rows);
        long[] request = {-1, 0};
        try {
            // As the app does: the request comes from elsewhere (here: the progress report that reaches 10%), the
            // loader notices it at its next check.
            loader.load(in, size, name, f -> {
                if (f >= 0.1 && request[0] < 0) {
                    request[0] = in.served();
                    request[1] = System.nanoTime();
                }
            }, () -> request[0] >= 0);
            System.out.println("cancel: NOT cancelled, the whole input was read");
        } catch (LoadCancelledException e) {
            System.out.printf(Locale.ROOT, "cancel at 10%%: requested after %,d bytes (%.1f%%), stopped after %,d bytes "
                            + "(%,d more) and %.1f ms: %s%n", request[0], 100.0 * request[0] / size, in.served(),
                    in.served() - request[0], (System.nanoTime() - request[1]) / 1e6, e.getMessage());
        } catch (DataException e) {
            throw new IllegalStateException("the synthetic input should load: " + e.getMessage(), e);
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return heapUsed();
    }
}
