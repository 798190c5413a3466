package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @Test
    void splitsOnCommasAndTrims() throws Exception {
        assertThat(CsvCells.split("1,2,3")).containsExactly("1", "2", "3");
        assertThat(CsvCells.split("  1 ,\t2,3  ")).containsExactly("1", "2", "3");
        assertThat(CsvCells.split("a")).containsExactly("a");
    }

    @Test
    void keepsEmptyCellsIncludingALastOne() throws Exception {
        assertThat(CsvCells.split("")).containsExactly("");
        assertThat(CsvCells.split("1,,3")).containsExactly("1", "", "3");
        assertThat(CsvCells.split("1,2,")).containsExactly("1", "2", "");
        assertThat(CsvCells.split(",")).containsExactly("", "");
    }

    @Test
    void quotedCellsMayHoldCommasAndDoubledQuotes() throws Exception {
        assertThat(CsvCells.split("\"a\",\"b\"")).containsExactly("a", "b");
        assertThat(CsvCells.split(" \"x, y\" , 2")).containsExactly("x, y", "2");
        assertThat(CsvCells.split("\"say \"\"hi\"\"\",1")).containsExactly("say \"hi\"", "1");
        assertThat(CsvCells.split("\"\",1")).containsExactly("", "1");
        assertThat(CsvCells.split("1,\" spaced \"")).containsExactly("1", " spaced ");
    }

    @Test
    void unclosedQuoteNamesTheCell() {
        assertThatThrownBy(() -> CsvCells.split("1,\"abc"))
                .isInstanceOfSatisfying(CsvCells.MalformedLineException.class, e -> assertThat(e.cell).isEqualTo(2))
                .hasMessageContaining("not closed");
    }

    @Test
    void textAfterAClosingQuoteIsRejected() {
        assertThatThrownBy(() -> CsvCells.split("\"a\"b,1"))
                .isInstanceOfSatisfying(CsvCells.MalformedLineException.class, e -> assertThat(e.cell).isEqualTo(1))
                .hasMessageContaining("after the closing quote");
    }
}
