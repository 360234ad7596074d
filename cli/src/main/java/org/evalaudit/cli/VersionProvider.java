package org.evalaudit.cli;

import org.evalaudit.core.report.ToolInfo;
import picocli.CommandLine;

/** {@code --version}: the tool version ({@link ToolInfo#evalaudit()}) and the Java running it. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"evalaudit " + ToolInfo.evalaudit().version(), "Java " + System.getProperty("java.version")};
    }
}
