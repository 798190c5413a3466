package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CsvTargetTest {
    private static final Path FILE = Path.of("d.csv");
    private static final List<String> NAMES = List.of("x", "Age", "label");

    @Test
    void findsAHeaderNameExactlyThenIgnoringCase() throws DataException {
        assertThat(CsvTarget.resolve("label", NAMES, true, FILE, 1)).isEqualTo(2);
        assertThat(CsvTarget.resolve(" Age ", NAMES, true, FILE, 1)).isEqualTo(1);
        assertThat(CsvTarget.resolve("age", NAMES, true, FILE, 1)).isEqualTo(1);
    }

    @Test
    void findsA1BasedColumnNumber() throws DataException {
        assertThat(CsvTarget.resolve("1", NAMES, true, FILE, 1)).isEqualTo(0);
        assertThat(CsvTarget.resolve("3", NAMES, false, FILE, 1)).isEqualTo(2);
    }

    @Test
    void aHeaderNameWinsOverAColumnNumber() throws DataException {
        assertThat(CsvTarget.resolve("1", List.of("a", "b", "1"), true, FILE, 1)).isEqualTo(2);
    }

    @Test
    void anUnknownNameListsTheColumns() {
        assertThatThrownBy(() -> CsvTarget.resolve("price", NAMES, true, FILE, 1))
                .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessage("d.csv, line 1: there is no column named \"price\"; the columns are \"x\", \"Age\","
                        + " \"label\"");
    }

    @Test
    void theColumnListIsShortened() {
        List<String> many = IntStream.rangeClosed(1, 40).mapToObj(i -> "feature" + i).toList();
        assertThatThrownBy(() -> CsvTarget.resolve("y", many, true, FILE, 1)).hasMessageContaining("\"feature10\"")
                .hasMessageNotContaining("feature11").hasMessageEndingWith("and 30 more");
    }

    @Test
    void aNumberOutOfRangeSaysHowManyColumnsThereAre() {
        assertThatThrownBy(() -> CsvTarget.resolve("4", NAMES, true, FILE, 1))
                .hasMessageContaining("target column 4 does not exist: the file has 3 columns");
        assertThatThrownBy(() -> CsvTarget.resolve("0", NAMES, false, FILE, 2))
                .hasMessageContaining("target column 0 does not exist");
        assertThatThrownBy(() -> CsvTarget.resolve("99999999999999999999", NAMES, false, FILE, 2))
                .hasMessageContaining("does not exist");
    }

    @Test
    void withoutAHeaderANameIsExplained() {
        assertThatThrownBy(() -> CsvTarget.resolve("label", NAMES, false, FILE, 1))
                .hasMessageContaining("no header line, so the target column must be a column number from 1 to 3");
    }

    @Test
    void anAmbiguousNameAsksForANumber() {
        assertThatThrownBy(() -> CsvTarget.resolve("y", List.of("y", "x", "y"), true, FILE, 1))
                .hasMessageContaining("appears 2 times in the header (columns 1, 3)");
    }
}
