package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gradflow.io.Documents.assertError;
import static org.gradflow.io.Documents.valid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors about the document as a whole: syntax, format, version, size and depth limits, unreadable files. */
class DocumentErrorsTest {
    @TempDir
    Path dir;

    @Test
    void notJsonGivesLineColumnAndPath() {
        String json = "{\n  \"format\": \"gradflow-experiment\",\n  \"version\": 1,\n  \"name\": deep\n}\n";
        ExperimentFileException e = assertError(json, "broken.json", "name", "not valid JSON at line 4, column 11: ");
        assertThat(e.problem()).contains("Unrecognized token 'deep'");
    }

    @Test
    void notJsonInsideALayer() {
        String json = Documents.text(valid()).replaceFirst("\"units\": 8,", "\"units\": 8,,");
        // The parser stops after the value of "units", so that is the path it names.
        ExperimentFileException e = assertError(json, "broken.json", "network.layers[0].units", "not valid JSON at line 21, column 20: ");
        assertThat(e.problem()).contains("was expecting double-quote to start field name");
    }

    @Test
    void trailingContentDuplicateKeysAndEmptyInput() {
        String one = Documents.text(valid());
        long lastLine = one.chars().filter(c -> c == '\n').count() + 1;
        assertError(one + "\n  {}", "two.json", "", "not valid JSON at line " + (lastLine + 1)
                + ", column 3: unexpected content after the end of the JSON document");
        assertError("{\"format\": \"gradflow-experiment\", \"format\": \"x\"}", "dup.json", "format",
                "not valid JSON at line 1, column 43: Duplicate field 'format'");
        assertError("  \n ", "empty.json", "", "the file is empty; expected a JSON object");
        assertError("[1, 2]", "array.json", "", "expected a JSON object at the top level, got an array");
    }

    @Test
    void wrongOrMissingFormat() {
        ObjectNode doc = valid();
        doc.put("format", "gradflow-experimnet");
        assertError(doc, "other.json", "format",
                "not a GradFlow experiment file: expected \"gradflow-experiment\", got a string \"gradflow-experimnet\"");
        doc.remove("format");
        assertError(doc, "other.json", "format", "missing required field; a GradFlow experiment file has \"format\"");
        assertError("{\"name\": \"x\"}", "other.json", "format", "missing required field");
    }

    @Test
    void newerVersionSaysWhichVersionsThisAppReads() {
        ObjectNode doc = valid();
        doc.put("version", 2);
        assertError(doc, "future.json", "version",
                "the file has version 2, but this GradFlow reads versions 1 to 1; open it with a newer GradFlow");
        // A newer file may have fields this version does not know: the version error comes first.
        doc.put("comments", "new in version 2");
        assertError(doc, "future.json", "version", "the file has version 2");
    }

    @Test
    void badVersions() {
        ObjectNode doc = valid();
        doc.put("version", 0);
        assertError(doc, "v.json", "version", "must be at least 1, got 0");
        doc.put("version", "1");
        assertError(doc, "v.json", "version", "expected an integer, got a string \"1\"");
        doc.remove("version");
        assertError(doc, "v.json", "version", "missing required field");
    }

    @Test
    void badInputIsEchoedOnlyAsAShortEscapedExcerpt() {
        String evil = "\u0001\u001b[31m\u202e" + "x".repeat(10_000);
        ObjectNode doc = valid();
        doc.put("seed", evil);
        ExperimentFileException e = assertError(doc, "evil.json", "seed", "expected an integer, got a string \"\\u0001\\u001b[31m\\u202exxx");
        assertThat(e.getMessage()).hasSizeLessThan(120).doesNotContain("\u0001").doesNotContain("\u202e").contains("\"...");
        assertThat(e.problem().substring(e.problem().indexOf('"'))).hasSizeLessThanOrEqualTo(Excerpt.MAX_LENGTH);

        String badToken = "{\"format\": " + "y".repeat(50_000) + "}";
        ExperimentFileException syntax = assertError(badToken, "evil.json", "format", "Unrecognized token 'yyyyyyyyyy...'");
        assertThat(syntax.getMessage()).hasSizeLessThan(300).doesNotContain("y".repeat(11));

        ObjectNode keys = valid();
        keys.put("k".repeat(5000), 1);
        ExperimentFileException key = assertError(keys, "evil.json", "[\"" + "k".repeat(55) + "\"...]", "unknown field");
        assertThat(key.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "[".repeat(ExperimentFiles.MAX_NESTING_DEPTH) + "]".repeat(ExperimentFiles.MAX_NESTING_DEPTH);
        String json = Documents.text(valid()).replaceFirst("\\{", "{\"history\": " + deep + ",");
        ExperimentFileException e = assertError(json, "deep.json", "history" + "[0]".repeat(99),
                "exceeds a limit at line 1, column 113: Document nesting depth (101) exceeds the maximum allowed (100");
        assertThat(e.getMessage()).contains("deep.json").contains(" ... ").hasSizeLessThan(500);
        String fits = "[".repeat(ExperimentFiles.MAX_NESTING_DEPTH - 1) + "]".repeat(ExperimentFiles.MAX_NESTING_DEPTH - 1);
        assertThat(catchThrowableOfType(ExperimentFileException.class, () -> ExperimentFiles.read(
                Documents.text(valid()).replaceFirst("\\{", "{\"history\": " + fits + ","), "fits.json"))).isNull();
    }

    @Test
    void overlongNumbersAreRefusedWithoutEchoingThem() {
        String json = Documents.text(valid()).replace("\"seed\": 42", "\"seed\": 1" + "0".repeat(5000));
        ExperimentFileException e = assertError(json, "long.json", "seed", "exceeds a limit at line 5, column ");
        assertThat(e.getMessage()).hasSizeLessThan(300).doesNotContain("0".repeat(61));
    }

    @Test
    void reservedSectionsMustHoldFiniteNumbers() {
        String json = Documents.text(valid()).replaceFirst("\\{", "{\"weights\": {\"w\": [1, 2, 1e999]},");
        assertError(json, "w.json", "weights.w[2]", "numbers must be finite");
    }

    @Test
    void loadNamesTheFileInEveryMessage() throws Exception {
        Path file = dir.resolve("bad-units.json");
        ObjectNode doc = valid();
        Documents.at(doc, "/network/layers/3").put("units", -1);
        Files.writeString(file, Documents.text(doc), StandardCharsets.UTF_8);
        ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () -> ExperimentFiles.load(file));
        assertThat(e.getMessage()).isEqualTo(file + ": network.layers[3].units: must be between 1 and 65536, got -1");
        assertThat(e.source()).isEqualTo(file.toString());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.json");
        ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () -> ExperimentFiles.load(file));
        assertThat(e.getMessage()).isEqualTo(file + ": cannot read the file: it does not exist");
        assertThat(e.path()).isEmpty();
    }

    @Test
    void aFolderIsNotAFile() {
        ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () -> ExperimentFiles.load(dir));
        assertThat(e.getMessage()).startsWith(dir + ": cannot read the file: ");
    }

    @Test
    void filesLargerThanTheLimitAreRefused() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ExperimentFiles.MAX_FILE_BYTES + 1);
        }
        ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () -> ExperimentFiles.load(file));
        assertThat(e.getMessage()).isEqualTo(file + ": the file is larger than the limit of 512 MiB (536870912 bytes)");
    }

    @Test
    void invalidUtf8() throws Exception {
        Path file = dir.resolve("latin1.json");
        byte[] bytes = Documents.text(valid()).replace("\"base\"", "\"b\u00e4se\"").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () -> ExperimentFiles.load(file));
        assertThat(e.getMessage()).startsWith(file + ": name: not valid JSON at line 4, column ").contains("UTF-8");
    }
}
