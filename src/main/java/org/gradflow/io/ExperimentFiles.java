package org.gradflow.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads and saves experiment files (JSON, see docs/experiment-format.md). Loading accepts every file version
 * from 1 to {@link Migrations#CURRENT_VERSION} and the documented shorthands; saving always writes the current
 * version in the canonical form, UTF-8, {@code \n} line ends, atomically (see {@link AtomicFiles}). Saving what
 * was loaded gives the same bytes again once a file is in canonical form.
 *
 * <p>All loading problems, including a missing or unreadable file, are reported as one checked
 * {@link ExperimentFileException} whose message names the file, the JSON path and the problem.
 */
public final class ExperimentFiles {
    /** The value of the top-level {@code "format"} field. */
    public static final String FORMAT = ExperimentReader.FORMAT;
    /** The largest file loaded, in bytes (512 MiB: a long run with its history and the weights of a large network). */
    public static final long MAX_FILE_BYTES = JsonSupport.MAX_DOCUMENT_BYTES;
    /** The deepest nesting of JSON objects and arrays accepted; the top-level object is level 1. */
    public static final int MAX_NESTING_DEPTH = JsonSupport.MAX_NESTING_DEPTH;

    /** Bytes per read call when the size is known (few calls, and a small native buffer per call). */
    private static final int READ_CHUNK = 1 << 16;

    private ExperimentFiles() {
    }

    /**
     * @param path the file, not {@code null}; its name (as given) is used in error messages
     * @return the file's content, never {@code null}
     * @throws ExperimentFileException when the file cannot be read, is larger than {@link #MAX_FILE_BYTES}, or is
     *         not a valid experiment file
     */
    public static ExperimentFile load(Path path) throws ExperimentFileException {
        String source = path.toString();
        byte[] bytes = readBounded(path, source);
        JsonNode root = JsonSupport.parse(source, bytes);
        return ExperimentReader.read(source, root, Migrations.standard());
    }

    /**
     * @param json the document, not {@code null}
     * @param sourceName the name used in error messages (e.g. a file name), not {@code null}
     * @return the content, never {@code null}
     * @throws ExperimentFileException when the text is longer than {@link #MAX_FILE_BYTES} characters or is not a
     *         valid experiment file
     */
    public static ExperimentFile read(String json, String sourceName) throws ExperimentFileException {
        return read(json, sourceName, Migrations.standard());
    }

    /** {@link #read(String, String)} with other migrations; for tests of the migration hook. */
    static ExperimentFile read(String json, String sourceName, Migrations migrations) throws ExperimentFileException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        if (json.length() > MAX_FILE_BYTES) {
            throw new ExperimentFileException(sourceName, "", "the text has " + json.length()
                    + " characters, more than the limit of " + MAX_FILE_BYTES);
        }
        JsonNode root = JsonSupport.parse(sourceName, () -> JsonSupport.MAPPER.createParser(json));
        return ExperimentReader.read(sourceName, root, migrations);
    }

    /**
     * Saves atomically: a failed save leaves an existing file unchanged.
     *
     * @param file the content, not {@code null}
     * @param path the file to create or replace, not {@code null}; its folder must exist
     * @throws IOException when the file cannot be written
     */
    public static void save(ExperimentFile file, Path path) throws IOException {
        Objects.requireNonNull(file, "file");
        AtomicFiles.write(path, out -> write(file, out));
    }

    /**
     * @param file the content, not {@code null}
     * @return the canonical JSON text, ending with a line feed
     */
    public static String write(ExperimentFile file) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JsonSupport.PRETTY.createGenerator(text)) {
            writeDocument(file, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return text.toString();
    }

    /**
     * Writes the canonical JSON text in UTF-8.
     *
     * @param file the content, not {@code null}
     * @param out the stream, not {@code null}; flushed, not closed
     * @throws IOException when the stream fails
     */
    public static void write(ExperimentFile file, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = JsonSupport.PRETTY.createGenerator(out, JsonEncoding.UTF8)) {
            writeDocument(file, generator);
        }
        out.flush();
    }

    private static void writeDocument(ExperimentFile file, JsonGenerator generator) throws IOException {
        JsonSupport.PRETTY.writeValue(generator, ExperimentWriter.toTree(Objects.requireNonNull(file, "file")));
        generator.writeRaw('\n');
    }

    private static byte[] readBounded(Path path, String source) throws ExperimentFileException {
        try (InputStream in = Files.newInputStream(path)) {
            long size = Files.isRegularFile(path) ? Files.size(path) : -1;
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(source);
            }
            byte[] bytes = size >= 0 ? readExactly(in, (int) size) : in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge(source);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ExperimentFileException(source, "", "cannot read the file: it does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ExperimentFileException(source, "", "cannot read the file: access denied", e);
        } catch (IOException e) {
            throw new ExperimentFileException(source, "", "cannot read the file: " + e, e);
        }
    }

    /**
     * Reads a file of known size into one array of that size (a long run's file is tens of MB: reading it in 8 kB
     * pieces and joining them costs a second copy and, in a fresh JVM, a third of a second).
     *
     * @throws IOException when the file turned out shorter or longer than its size said (it changed while read)
     */
    private static byte[] readExactly(InputStream in, int size) throws IOException {
        byte[] bytes = new byte[size];
        int read = 0;
        while (read < size) {
            int n = in.read(bytes, read, Math.min(READ_CHUNK, size - read));
            if (n < 0) {
                throw new IOException("the file became shorter while it was read (" + read + " of " + size + " bytes)");
            }
            read += n;
        }
        if (in.read() >= 0) {
            throw new IOException("the file became longer than " + size + " bytes while it was read");
        }
        return bytes;
    }

    private static ExperimentFileException tooLarge(String source) {
        return new ExperimentFileException(source, "", "the file is larger than the limit of "
                + (MAX_FILE_BYTES >> 20) + " MiB (" + MAX_FILE_BYTES + " bytes)");
    }
}
