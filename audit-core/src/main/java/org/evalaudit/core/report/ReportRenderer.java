package org.evalaudit.core.report;

import java.io.IOException;
import java.io.OutputStream;

/** Renders a whole {@link Report} into one file's bytes. Same report, same bytes. */
public interface ReportRenderer {

    /** Writes the rendering to {@code out} (UTF-8 for text formats); does not close it. */
    void write(Report report, OutputStream out) throws IOException;
}
