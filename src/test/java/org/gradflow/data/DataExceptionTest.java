package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataExceptionTest {
    @Test
    void messageNamesFileLineAndColumn() {
        DataException e = new DataException("cell \"x\" is not a number", Path.of("some", "dir", "data.csv"), 7, 3,
                "age", null);
        assertThat(e).hasMessage("data.csv, line 7, column 3 (\"age\"): cell \"x\" is not a number");
        assertThat(e.file()).isEqualTo(Path.of("some", "dir", "data.csv"));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.columnName()).isEqualTo("age");
        assertThat(e.problem()).isEqualTo("cell \"x\" is not a number");
    }

    @Test
    void leavesOutWhatDoesNotApply() {
        assertThat(new DataException("too big")).hasMessage("too big").hasNoCause();
        assertThat(new DataException("is empty", Path.of("a.csv"), 0, 0, null, null)).hasMessage("a.csv: is empty");
        assertThat(new DataException("ragged", Path.of("a.csv"), 2, 0, null, null)).hasMessage("a.csv, line 2: ragged");
        assertThat(new DataException("bad", null, 0, 4, null, null)).hasMessage("column 4: bad");
        IOException cause = new IOException("disk");
        assertThat(new DataException("cannot be read", Path.of("a.csv"), 0, 0, null, cause)).hasCause(cause);
    }

    @Test
    void cancellationIsADataException() {
        LoadCancelledException e = new LoadCancelledException(Path.of("big.csv"), 2049);
        assertThat(e).isInstanceOf(DataException.class).hasMessage("big.csv, line 2049: loading was cancelled");
    }

    @Test
    void rejectsNegativePlacesAndNullProblem() {
        assertThatThrownBy(() -> new DataException("x", null, -1, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataException(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("problem");
    }
}
