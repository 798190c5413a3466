package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void quoteEscapesQuotesBackslashesAndControlCharacters() {
        assertThat(Text.quote("abc")).isEqualTo("\"abc\"");
        assertThat(Text.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(Text.quote("a\tb\nc\rd\u0000e\u200Bf")).isEqualTo("\"a\\tb\\nc\\rd\\u0000e\\u200bf\"");
        assertThat(Text.quote("")).isEqualTo("\"\"");
    }

    @Test
    void quoteShortensLongText() {
        String longCell = "x".repeat(1000);
        String quoted = Text.quote(longCell);
        assertThat(quoted).startsWith("\"" + "x".repeat(Text.MAX_EXCERPT) + "\"...")
                .endsWith("(1000 characters)").hasSizeLessThan(70);
    }

    @Test
    void listShowsTheFirstNamesAndCountsTheRest() {
        assertThat(Text.list(List.of("a", "b"))).isEqualTo("\"a\", \"b\"");
        List<String> many = IntStream.rangeClosed(1, 25).mapToObj(i -> "c" + i).toList();
        String listed = Text.list(many);
        assertThat(listed).contains("\"c10\"").doesNotContain("c11").endsWith(" and 15 more");
        assertThat(Text.list(List.of())).isEmpty();
    }
}
