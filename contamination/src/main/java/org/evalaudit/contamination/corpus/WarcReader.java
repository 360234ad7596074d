package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.evalaudit.core.io.InputError;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Common Crawl WARC and WET files (optionally gzip-compressed per record) with jwarc. WET "conversion"
 * records and text resources are documents as they are; HTML responses of a WARC have their tags,
 * scripts and styles removed and their entities decoded first (a crude extraction: enough to find leaked
 * text, not to render it). Bodies are read in the charset their content type declares.
 * Id = WARC-Record-ID, url = WARC-Target-URI, offset = the record's byte offset.
 */
final class WarcReader {
    private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

    private final CorpusFormat format;

    WarcReader(CorpusFormat format) {
        this.format = format;
    }

    /**
     * Streams the documents of {@code file}. A damaged record is an {@link InputError} naming the byte
     * where it starts, whatever {@code --on-error} says: the next record cannot be found without it.
     */
    void read(Path file, DocumentVisitor visitor, LongConsumer progress) throws IOException {
        long reported = 0;
        long offset = 0;
        try (FileChannel channel = FileChannel.open(file);
             org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(channel)) {
            for (WarcRecord record = next(reader, file, offset); record != null; record = next(reader, file, offset)) {
                offset = reader.position();
                Optional<String> text = text(record);
                if (text.isPresent()) {
                    String url = record instanceof WarcTargetRecord target ? target.target() : null;
                    char[] chars = text.get().toCharArray();
                    DocRef ref = new DocRef(file.toString(), offset, record.id().toString(), url, 0);
                    Windows.emit(ref, chars, 0, chars.length, format, visitor);
                }
                long position = channel.position();
                progress.accept(position - reported);
                reported = position;
            }
        }
    }

    private static WarcRecord next(org.netpreserve.jwarc.WarcReader reader, Path file, long from) throws IOException {
        try {
            return reader.next().orElse(null);
        } catch (ParsingException e) {
            throw new InputError(file, 0, null, "malformed WARC record at byte " + reader.position() + " (after the "
                    + "record at byte " + from + "): " + e.getMessage() + "; a WARC record cannot be skipped", e);
        }
    }

    private static Optional<String> text(WarcRecord record) throws IOException {
        if (record instanceof WarcConversion || record instanceof WarcResource) {
            MediaType type = record.contentType();
            if (type.type().equals("text")) {
                return Optional.of(text(record.body().stream(), type));
            }
            return Optional.empty();
        }
        if (record instanceof WarcResponse response) {
            Optional<WarcPayload> payload = response.payload();
            if (payload.isPresent() && payload.get().type().type().equals("text")) {
                return Optional.of(text(payload.get().body().stream(), payload.get().type()));
            }
        }
        return Optional.empty();
    }

    /** A text body in the charset its type declares (UTF-8 when none or an unknown one), HTML reduced to text. */
    private static String text(InputStream in, MediaType type) throws IOException {
        String body = new String(in.readAllBytes(), charset(type));
        return type.subtype().contains("html") ? stripHtml(body) : body;
    }

    static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Tags, scripts and styles removed, entities ("&amp;", "&#39;") decoded. */
    static String stripHtml(String html) {
        return StringEscapeUtils.unescapeHtml4(TAGS.matcher(SCRIPTS.matcher(html).replaceAll(" ")).replaceAll(" "));
    }
}
