package org.evalaudit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Inspect eval logs (inspect_ai {@code EvalLog}). The JSON form, {@code {"version", "status", "eval":
 * {"task", "model", ...}, "samples": [EvalSample, ...], ...}}, is streamed twice, once for {@code eval}
 * and once sample by sample, so a log with large transcripts is never held whole. The {@code .eval} form
 * (a zip archive, Inspect's default since 2024) is read by {@link InspectArchive}. Each sample becomes a
 * response as {@link InspectSamples} describes; the model is {@code eval.model}, else the file name stem.
 */
final class InspectLogReader {
    private static final String EXPECTED_LOG = "expected an Inspect eval log in JSON form (an object with"
            + " \"eval\" and \"samples\")";

    private final Path file;
    private final InspectSamples samples;
    private final SkipLog skips;

    InspectLogReader(Path file, FieldMapping mapping, ResponseCollector out, SkipLog skips) {
        this.file = file;
        this.samples = new InspectSamples(mapping, out);
        this.skips = skips;
    }

    /** Reads the file; returns the number of samples loaded. */
    long read() {
        if (InspectArchive.isArchive(file)) {
            return new InspectArchive(file, samples, skips).read();
        }
        JsonNode eval = topLevel("eval");
        if (eval == null || !eval.isObject()) {
            throw new InputError(file, 0, "eval", EXPECTED_LOG + ", got no \"eval\" object");
        }
        String model = InspectSamples.model(eval, file);
        try (InputStream in = CompressedInput.open(file); JsonParser parser = Json.MAPPER.createParser(in)) {
            if (!seek(parser, "samples") || parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InputError(file, 0, "samples", EXPECTED_LOG + ", got no \"samples\" list (was the log"
                        + " written without samples?)");
            }
            long loaded = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode sample = parser.readValueAsTree();
                try {
                    samples.accept(file, line, sample, model);
                    loaded++;
                } catch (InputError e) {
                    skips.skip(e);
                }
            }
            return loaded;
        } catch (JsonProcessingException e) {
            throw Json.invalid(file, e);
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e);
        }
    }

    /** The value of a top-level field, streaming past the others; null when absent. */
    private JsonNode topLevel(String name) {
        try (InputStream in = CompressedInput.open(file); JsonParser parser = Json.MAPPER.createParser(in)) {
            return seek(parser, name) ? parser.readValueAsTree() : null;
        } catch (JsonProcessingException e) {
            throw Json.invalid(file, e);
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e);
        }
    }

    /** Moves the parser onto the value of top-level field {@code name}; false when the object lacks it. */
    private boolean seek(JsonParser parser, String name) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new InputError(file, 1, null, EXPECTED_LOG + ", got something else");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (name.equals(field)) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }
}
