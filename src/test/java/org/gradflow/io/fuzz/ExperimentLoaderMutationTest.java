package org.gradflow.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.io.ExperimentFiles;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded mutations of the shipped experiment files (byte flips, cuts, repeats, and numbers replaced by
 * extreme values): each either loads or fails with the one documented error, quickly. Complements the coverage-guided
 * {@link ExperimentLoaderFuzzTest}, deterministic and part of every build.
 */
class ExperimentLoaderMutationTest {
    private static final String[] EXTREMES = {"0", "-1", "1e308", "-1e308", "1e-320", "999999999999", "2147483648",
        "NaN", "\"x\"", "null", "true", "[]", "{}", "1.5", "-0"};

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/experiments/v1"), Path.of("assets/experiments"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        out.add(Files.readString(f));
                    }
                }
            }
        }
        return out;
    }

    static String mutate(String s, SplittableRandom r) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(5)) {
                case 0 -> b.setCharAt(at, (char) (32 + r.nextInt(95)));
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(20)));
                case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + r.nextInt(40))));
                case 3 -> b.setLength(at);
                default -> {
                    int digit = indexOfDigit(b, at);
                    if (digit >= 0) {
                        int end = digit;
                        while (end < b.length() && "0123456789.eE+-".indexOf(b.charAt(end)) >= 0) {
                            end++;
                        }
                        b.replace(digit, end, EXTREMES[r.nextInt(EXTREMES.length)]);
                    }
                }
            }
        }
        return b.toString();
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyMutationLoadsOrFailsWithTheDocumentedError() throws Exception {
        List<String> seeds = seeds();
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        SplittableRandom r = new SplittableRandom(20261125);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < 4_000; i++) {
            String input = mutate(seeds.get(i % seeds.size()), r);
            long start = System.nanoTime();
            try {
                ExperimentFiles.read(input, "mutant.json");
                loaded++;
            } catch (ExperimentFileException e) {
                assertThat(e.getMessage()).startsWith("mutant.json").hasSizeLessThan(2_000);
                refused++;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("mutant " + i + " escaped with " + e + "\n" + input, e);
            }
            assertThat(System.nanoTime() - start).as("mutant %d took too long", i).isLessThan(2_000_000_000L);
        }
        assertThat(loaded).isPositive();
        assertThat(refused).isPositive();
    }
}
