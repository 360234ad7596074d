package org.evalaudit.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of the tool that wrote a report. */
public record ToolInfo(String name, String version) {

    /**
     * evalaudit as built: the version is filtered into {@code evalaudit.properties} by Maven, once for
     * every front end (the CLI, the Spark job), so all of them record the same version.
     */
    public static ToolInfo evalaudit() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("evalaudit.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ToolInfo("evalaudit", properties.getProperty("version", "unknown"));
    }
}
