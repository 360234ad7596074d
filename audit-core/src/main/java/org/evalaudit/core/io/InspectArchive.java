package org.evalaudit.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An Inspect log in its {@code .eval} form, Inspect's default: a zip archive holding the log's header
 * ({@code header.json}; {@code _journal/start.json} while a run is still going; {@code start.json} in logs
 * written before 2025) and one entry per sample, {@code samples/<id>_epoch_<epoch>.json}, each an
 * {@code EvalSample} as in the JSON form. Samples are parsed one entry at a time (their transcripts can be
 * large), in the order Inspect's own reader gives them (epoch, then id, numeric ids by value), so the
 * archive yields the same responses as the same log in JSON form. A sample's errors name its entry, as in
 * {@code logs/run.eval!/samples/3_epoch_1.json:1}.
 */
final class InspectArchive {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final List<String> HEADERS = List.of("header.json", "_journal/start.json", "start.json");
    private static final Pattern SAMPLE = Pattern.compile("samples/(.+)_epoch_(\\d+)\\.json");
    /** Inspect's order: epoch, then the id, numeric ids zero-padded to 20 digits. */
    private static final Comparator<Matcher> INSPECT_ORDER = Comparator
            .<Matcher>comparingLong(m -> Long.parseLong(m.group(2)))
            .thenComparing(m -> m.group(1).matches("\\d{1,20}") ? "0".repeat(20 - m.group(1).length()) + m.group(1)
                    : m.group(1));

    private final Path file;
    private final InspectSamples samples;
    private final SkipLog skips;

    InspectArchive(Path file, InspectSamples samples, SkipLog skips) {
        this.file = file;
        this.samples = samples;
        this.skips = skips;
    }

    /** Whether {@code file} starts like a zip archive (what an {@code .eval} log is). */
    static boolean isArchive(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads every sample; returns the number loaded. */
    long read() {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String model = InspectSamples.model(eval(zip), file);
            List<Matcher> entries = zip.stream().map(e -> SAMPLE.matcher(e.getName())).filter(Matcher::matches)
                    .sorted(INSPECT_ORDER).toList();
            if (entries.isEmpty()) {
                throw new InputError(file, 0, "samples", "expected samples/<id>_epoch_<n>.json entries in the"
                        + " Inspect .eval log, got none (was the log written without samples?)");
            }
            long loaded = 0;
            for (Matcher entry : entries) {
                Path source = Path.of(file + "!/" + entry.group());
                try {
                    samples.accept(source, 1, json(zip, zip.getEntry(entry.group()), source), model);
                    loaded++;
                } catch (InputError e) {
                    skips.skip(e);
                }
            }
            return loaded;
        } catch (ZipException e) {
            throw new InputError(file, 0, null, "expected an Inspect .eval log (a zip archive), got a damaged"
                    + " archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e);
        }
    }

    /** The {@code eval} object of the first header the archive has. */
    private JsonNode eval(ZipFile zip) throws IOException {
        for (String name : HEADERS) {
            ZipEntry entry = zip.getEntry(name);
            if (entry != null) {
                Path source = Path.of(file + "!/" + name);
                JsonNode eval = json(zip, entry, source).path("eval");
                if (!eval.isObject()) {
                    throw new InputError(source, 1, "eval", "expected the log's \"eval\" object, got "
                            + Json.describe(eval));
                }
                return eval;
            }
        }
        throw new InputError(file, 0, "eval", "expected an Inspect .eval log with one of " + HEADERS
                + ", got an archive without them");
    }

    private static JsonNode json(ZipFile zip, ZipEntry entry, Path source) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return Json.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw Json.invalid(source, e);
        }
    }
}
