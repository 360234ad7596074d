package org.evalaudit.core.report;

/** Name and version of the tool that wrote a report. */
public record ToolInfo(String name, String version) {
}
