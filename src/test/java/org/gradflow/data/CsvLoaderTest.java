package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("d.csv"), content, StandardCharsets.UTF_8);
    }

    private static CsvLoader regression(String target, boolean header) {
        return new CsvLoader(target, header, false);
    }

    private static CsvLoader classification(String target, boolean header) {
        return new CsvLoader(target, header, true);
    }

    /** Loads and expects a DataException at the given 1-based line and column (0 = none). */
    private ThrowableAssertAlternative<DataException> failsAt(CsvLoader loader, String content, int line,
                                                              int column) throws IOException {
        Path file = write(content);
        return assertThatExceptionOfDataException(() -> loader.load(file))
                .satisfies(e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                    assertThat(e.getMessage()).startsWith("d.csv");
                    if (line > 0) {
                        assertThat(e.getMessage()).contains("line " + line);
                    }
                    if (column > 0) {
                        assertThat(e.getMessage()).contains("column " + column);
                    }
                });
    }

    private static ThrowableAssertAlternative<DataException> assertThatExceptionOfDataException(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.assertThatExceptionOfType(DataException.class).isThrownBy(call);
    }

    // ---- happy paths ----

    @Test
    void headerTargetByNameRegression() throws Exception {
        RawData data = regression("y", true).load(write("a,b,y\n1,2,3\n4,5,6.5\n"));
        assertThat(data.rows()).isEqualTo(2);
        assertThat(data.classification()).isFalse();
        assertThat(data.inputNames()).containsExactly("a", "b");
        assertThat(data.targetNames()).containsExactly("y");
        assertThat(data.inputsCopy()).containsExactly(1, 2, 4, 5);
        assertThat(data.targetsCopy()).containsExactly(3, 6.5);
    }

    @Test
    void noHeaderTargetByNumberClassification() throws Exception {
        RawData data = classification("3", false).load(write("1,0.5,dog\n2,-0.5,cat\n3,1e2,dog\n"));
        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.classification()).isTrue();
        assertThat(data.inputNames()).containsExactly("column 1", "column 2");
        assertThat(data.targetNames()).containsExactly("cat", "dog");
        assertThat(data.inputsCopy()).containsExactly(1, 0.5, 2, -0.5, 3, 100);
        assertThat(data.targetsCopy()).containsExactly(0, 1, 1, 0, 0, 1);
    }

    @Test
    void targetByNumberWithHeaderAndTargetInTheMiddle() throws Exception {
        RawData data = regression("2", true).load(write("a,y,b\n1,10,2\n3,30,4\n"));
        assertThat(data.inputNames()).containsExactly("a", "b");
        assertThat(data.targetNames()).containsExactly("y");
        assertThat(data.inputsCopy()).containsExactly(1, 2, 3, 4);
        assertThat(data.targetsCopy()).containsExactly(10, 30);
    }

    @Test
    void noHeaderRegressionTargetByNumber() throws Exception {
        RawData data = regression("1", false).load(write("5,1,2\n6,3,4\n"));
        assertThat(data.inputNames()).containsExactly("column 2", "column 3");
        assertThat(data.targetNames()).containsExactly("column 1");
        assertThat(data.targetsCopy()).containsExactly(5, 6);
    }

    @Test
    void quotedHeaderNamesBomCrLfBlankLinesAndSpaces() throws Exception {
        String content = "\uFEFF\"x 1\", \"label\" ,\"z\"\r\n 1 , 0 ,2\r\n\r\n   \r\n3,1, 4\r\n";
        RawData data = classification("label", true).load(write(content));
        assertThat(data.inputNames()).containsExactly("x 1", "z");
        assertThat(data.targetNames()).containsExactly("0", "1");
        assertThat(data.inputsCopy()).containsExactly(1, 2, 3, 4);
        assertThat(data.label(0)).isZero();
        assertThat(data.label(1)).isEqualTo(1);
    }

    @Test
    void numericClassLabelsAreSortedByValue() throws Exception {
        RawData data = classification("y", true).load(write("x,y\n1,10\n2,2\n3,2.0\n4,10\n"));
        assertThat(data.targetNames()).containsExactly("2", "10");
        assertThat(List.of(data.label(0), data.label(1), data.label(2), data.label(3))).containsExactly(1, 0, 0, 1);
    }

    @Test
    void ofSpecTakesTheSpecsSettings() throws Exception {
        var spec = new org.gradflow.model.DatasetSpec(org.gradflow.model.DatasetKind.CSV, 2, 0, 1, 2, 1, 1,
                "d.csv", "y", true, true, 0.2, true);
        RawData data = CsvLoader.of(spec).load(write("x,y\n1,a\n2,b\n"));
        assertThat(data.classification()).isTrue();
        assertThat(data.targetNames()).containsExactly("a", "b");
    }

    // ---- problems, each naming where ----

    @Test
    void emptyFile() throws Exception {
        failsAt(regression("1", false), "", 0, 0).withMessage("d.csv: is empty");
    }

    @Test
    void onlyBlankLines() throws Exception {
        failsAt(regression("1", false), "\n  \n\n", 0, 0).withMessageContaining("only blank lines");
    }

    @Test
    void headerOnly() throws Exception {
        failsAt(regression("y", true), "a,y\n\n", 0, 0).withMessage("d.csv: has a header line but no data rows");
    }

    @Test
    void raggedRowSaysExpectedAndFound() throws Exception {
        failsAt(regression("y", true), "a,b,y\n1,2,3\n4,5\n", 3, 0)
                .withMessage("d.csv, line 3: expected 3 cells (as on line 1), found 2");
        failsAt(regression("1", false), "1,2\n3,4,5\n", 2, 0)
                .withMessage("d.csv, line 2: expected 2 cells (as on line 1), found 3");
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws Exception {
        failsAt(regression("y", true), "a,b,y\n1,2,3\n4,abc,6\n", 3, 2)
                .withMessage("d.csv, line 3, column 2 (\"b\"): cell \"abc\" is not a number")
                .satisfies(e -> assertThat(e.columnName()).isEqualTo("b"));
        failsAt(regression("1", false), "1,2\nx,4\n", 2, 1)
                .withMessage("d.csv, line 2, column 1: cell \"x\" is not a number")
                .satisfies(e -> assertThat(e.columnName()).isNull());
    }

    @Test
    void nonNumericCellIsQuotedShortAndEscapedNeverTheWholeLine() throws Exception {
        String longCell = "q\"uote\t" + "z".repeat(500);
        String other = "OTHER".repeat(100);
        failsAt(regression("3", false), "1,2,3\n1," + longCell + "," + other + "\n", 2, 2)
                .satisfies(e -> assertThat(e.getMessage()).contains("\"q\\\"uote\\tzz").doesNotContain("OTHER")
                        .doesNotContain("z".repeat(100)).hasSizeLessThan(150));
    }

    @Test
    void semicolonSeparatedFilesGetAHint() throws Exception {
        failsAt(regression("1", false), "1,2\n1;2,3\n", 2, 1).withMessageContaining("separated by commas");
    }

    @Test
    void bytesThatAreNotUtf8GetAHint() throws Exception {
        Path file = dir.resolve("d.csv");
        Files.write(file, new byte[] {'1', ',', '2', '\n', '3', ',', (byte) 0xE9, '\n'});
        assertThatExceptionOfDataException(() -> regression("1", false).load(file))
                .withMessageContaining("line 2, column 2").withMessageContaining("not be UTF-8");
    }

    @Test
    void nanAndInfinityAreRefused() throws Exception {
        failsAt(regression("y", true), "a,y\n1,2\nNaN,3\n", 3, 1).withMessageContaining("cell \"NaN\" is NaN");
        failsAt(regression("y", true), "a,y\n1,2\n3,-inf\n", 3, 2).withMessageContaining("not a finite number");
        failsAt(regression("y", true), "a,y\n1e39,2\n", 2, 1).withMessageContaining("float range");
    }

    @Test
    void emptyCellsAreRefused() throws Exception {
        failsAt(regression("y", true), "a,b,y\n1,,3\n", 2, 2).withMessageContaining("cell is empty");
        failsAt(classification("y", true), "a,y\n1,x\n2,\n", 3, 2).withMessageContaining("class label is empty");
    }

    @Test
    void nonNumericRegressionTargetNamesTheTargetColumn() throws Exception {
        failsAt(regression("y", true), "a,y\n1,2\n3,cat\n", 3, 2).withMessageContaining("(\"y\")")
                .withMessageContaining("\"cat\" is not a number");
    }

    @Test
    void missingTargetColumnListsTheAvailableNames() throws Exception {
        failsAt(regression("price", true), "a,b,y\n1,2,3\n", 1, 0)
                .withMessage("d.csv, line 1: there is no column named \"price\"; the columns are \"a\", \"b\", \"y\"");
        failsAt(regression("7", false), "1,2,3\n", 1, 0).withMessageContaining("target column 7 does not exist");
    }

    @Test
    void oneClassOnlyIsRefused() throws Exception {
        failsAt(classification("label", true), "a,b,label\n1,2,yes\n3,4,yes\n", 0, 3)
                .withMessageContaining("column 3 (\"label\")")
                .withMessageContaining("holds only one class, \"yes\"");
    }

    @Test
    void tooManyClassesIsRefusedAtTheLineThatExceedsTheLimit() throws Exception {
        StringBuilder b = new StringBuilder("x,y\n");
        for (int i = 0; i <= org.gradflow.model.DatasetSpec.MAX_CLASSES; i++) {
            b.append(i).append(",c").append(i).append('\n');
        }
        failsAt(classification("y", true), b.toString(), org.gradflow.model.DatasetSpec.MAX_CLASSES + 2, 2)
                .withMessageContaining("more than 1000 distinct class labels");
    }

    @Test
    void unclosedQuoteNamesLineAndColumn() throws Exception {
        failsAt(regression("1", false), "1,2\n3,\"4\n", 2, 2).withMessageContaining("not closed");
    }

    @Test
    void aSingleColumnLeavesNoInputs() throws Exception {
        failsAt(regression("1", false), "1\n2\n", 1, 0).withMessageContaining("only one column");
    }

    @Test
    void missingFileAndFolder() throws Exception {
        Path missing = dir.resolve("nope.csv");
        assertThatExceptionOfDataException(() -> regression("1", false).load(missing))
                .withMessageStartingWith("nope.csv: cannot be read: no such file (")
                .withMessageContaining(missing.toAbsolutePath().toString())
                .withCauseInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThatExceptionOfDataException(() -> regression("1", false).load(dir))
                .withMessageContaining("is a folder");
    }

    // ---- streaming: progress and cancellation ----

    private Path bigFile(int rows) throws IOException {
        StringBuilder b = new StringBuilder("a,b,y\n");
        for (int i = 0; i < rows; i++) {
            b.append(i).append(',').append(i * 0.25).append(',').append(i % 3).append('\n');
        }
        return write(b.toString());
    }

    @Test
    void progressRisesToOne() throws Exception {
        Path file = bigFile(60_000);
        List<Double> reports = new ArrayList<>();
        RawData data = regression("y", true).load(file, reports::add, () -> false);
        assertThat(data.rows()).isEqualTo(60_000);
        assertThat(data.input(59_999, 1)).isEqualTo(59_999 * 0.25);
        assertThat(reports).hasSizeGreaterThan(5).isSorted().allMatch(f -> f >= 0 && f <= 1);
        assertThat(reports.get(reports.size() - 1)).isEqualTo(1.0);
        assertThat(reports.get(0)).isLessThan(0.5);
    }

    @Test
    void cancellationStopsLoading() throws Exception {
        Path file = bigFile(5000);
        AtomicInteger asked = new AtomicInteger();
        assertThatExceptionOfType(() -> regression("y", true).load(file, f -> { }, () -> asked.incrementAndGet() > 1))
                .satisfies(e -> assertThat(e.line()).isEqualTo(CsvLoader.CHECK_EVERY + 1))
                .withMessageContaining("cancelled");
        assertThatExceptionOfType(() -> regression("y", true).load(file, f -> { }, () -> true))
                .satisfies(e -> assertThat(e.line()).isEqualTo(1));
    }

    private static ThrowableAssertAlternative<LoadCancelledException> assertThatExceptionOfType(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.assertThatExceptionOfType(LoadCancelledException.class)
                .isThrownBy(call);
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> new CsvLoader(null, true, true)).hasMessage("targetColumn");
        assertThatThrownBy(() -> regression("1", false).load(null)).hasMessage("file");
        assertThatThrownBy(() -> regression("1", false).load(dir, null, () -> false)).hasMessage("progress");
    }
}
