package org.evalaudit.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.core.io.ErrorPolicy;
import picocli.CommandLine.Option;

/** How corpus documents are read: JSON field names (auto-detected when not given) and what a bad record does. */
final class CorpusFormatOptions {
    @Option(names = "--text-field", paramLabel = "NAME",
            description = "JSON field holding the document text (default: auto, text or content).")
    String textField;

    @Option(names = "--id-field", paramLabel = "NAME", description = "JSON field of the document id (default: auto, id).")
    String idField;

    @Option(names = "--url-field", paramLabel = "NAME", description = "JSON field of the document url (default: auto, url).")
    String urlField;

    CorpusFormat format(ErrorPolicy onError) {
        return CorpusFormat.DEFAULT.withFields(textField, idField, urlField).withOnError(onError);
    }

    /** The same settings as audit options for the contamination check. */
    Map<String, String> options(ErrorPolicy onError) {
        Map<String, String> options = new TreeMap<>();
        options.put("contamination.on-error", onError.name().toLowerCase(Locale.ROOT));
        if (textField != null) {
            options.put("contamination.text-field", textField);
        }
        if (idField != null) {
            options.put("contamination.id-field", idField);
        }
        if (urlField != null) {
            options.put("contamination.url-field", urlField);
        }
        return options;
    }
}
