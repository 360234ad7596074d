package org.evalaudit.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A renderer that builds the whole document as text (Markdown, HTML) and writes it as UTF-8. */
interface TextRenderer extends ReportRenderer {

    /** The whole document. */
    String render(Report report);

    @Override
    default void write(Report report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(report));
        w.flush();
    }
}
