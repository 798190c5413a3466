package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.gradflow.model.ActivationKind;
import org.junit.jupiter.api.Test;

/** Excerpts, number spelling, paths, enum names and the mapping of model field paths. */
class SmallHelpersTest {

    @Test
    void excerptsAreQuotedEscapedAndShort() {
        assertThat(Excerpt.quote("tanh")).isEqualTo("\"tanh\"");
        assertThat(Excerpt.quote("a\"b\\c\nd\u0007é")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0007\\u00e9\"");
        String longOne = Excerpt.quote("z".repeat(1000));
        assertThat(longOne).hasSize(Excerpt.MAX_LENGTH).startsWith("\"zzz").endsWith("z\"...");
        String escapes = Excerpt.quote("\u0001".repeat(100));
        assertThat(escapes.length()).isLessThanOrEqualTo(Excerpt.MAX_LENGTH);
        assertThat(escapes).endsWith("\\u0001\"...");
        assertThat(Excerpt.quote("y".repeat(58))).hasSize(60).doesNotEndWith("...");
        assertThat(Excerpt.quote("y".repeat(59))).hasSize(60).endsWith("...");
        assertThat(Excerpt.sanitize("line\nbreak " + "q".repeat(500), 40)).hasSize(40).startsWith("line\\nbreak").endsWith("...");
    }

    @Test
    void numbersAreSpelledShortAndReadBackExactly() {
        assertThat(NumberText.of(0)).isEqualTo("0");
        assertThat(NumberText.of(-0.0)).isEqualTo("-0.0");
        assertThat(NumberText.of(1)).isEqualTo("1");
        assertThat(NumberText.of(0.01)).isEqualTo("0.01");
        assertThat(NumberText.of(1e-8)).isEqualTo("0.00000001");
        assertThat(NumberText.of(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(NumberText.of(250000)).isEqualTo("250000");
        assertThat(NumberText.of(1e-30)).isEqualTo("1.0E-30");
        assertThat(NumberText.of(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThatThrownBy(() -> NumberText.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        Random r = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
            if (Double.isFinite(d)) {
                assertThat(Double.parseDouble(NumberText.of(d))).as("%s", d).isEqualTo(d);
            }
        }
    }

    @Test
    void pathsAndRenames() {
        assertThat(JsonPaths.child("", "network")).isEqualTo("network");
        assertThat(JsonPaths.index(JsonPaths.child("network", "layers"), 3)).isEqualTo("network.layers[3]");
        assertThat(JsonPaths.child("training", "bad key")).isEqualTo("training[\"bad key\"]");
        assertThat(JsonPaths.join("network", "layers[3].units")).isEqualTo("network.layers[3].units");
        assertThat(JsonPaths.join("", "network.inputSize")).isEqualTo("network.inputSize");
        assertThat(JsonPaths.join("network.layers", "[2]")).isEqualTo("network.layers[2]");
        Map<String, String> renames = Map.of("weightInit", "init", "layers.size", "layers", "csvFile", "csv.file");
        assertThat(SpecErrors.rename("weightInit", renames)).isEqualTo("init");
        assertThat(SpecErrors.rename("weightInit.std", renames)).isEqualTo("init.std");
        assertThat(SpecErrors.rename("layers.size", renames)).isEqualTo("layers");
        assertThat(SpecErrors.rename("layers[3].units", renames)).isEqualTo("layers[3].units");
        assertThat(SpecErrors.rename("csvFile", renames)).isEqualTo("csv.file");
    }

    @Test
    void enumNames() {
        assertThat(EnumNames.of(ActivationKind.LEAKY_RELU)).isEqualTo("leaky_relu");
        assertThat(EnumNames.parse(ActivationKind.class, "Leaky_ReLU")).isEqualTo(ActivationKind.LEAKY_RELU);
        assertThat(EnumNames.parse(ActivationKind.class, "leaky-relu")).isNull();
        assertThat(EnumNames.all(ActivationKind.class)).startsWith("identity, sigmoid, tanh, relu, leaky_relu");
    }
}
