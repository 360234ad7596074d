package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void parsesACommaSeparatedListCaseInsensitively() {
        assertEquals(EnumSet.allOf(ReportFormat.class), ReportFormat.parseList("json,md,html,csv"));
        assertEquals(EnumSet.of(ReportFormat.MD, ReportFormat.HTML), ReportFormat.parseList(" HTML , markdown,"));
        assertEquals(EnumSet.allOf(ReportFormat.class), ReportFormat.parseList("all"));
    }

    @Test
    void rejectsUnknownOrEmptyLists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList("json,pdf"));
        assertTrue(e.getMessage().contains("'pdf'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList(" , "));
    }

    @Test
    void fileNamesAreTheDocumentedOnes() {
        assertEquals("report.json", ReportFormat.JSON.fileName());
        assertEquals("report.md", ReportFormat.MD.fileName());
        assertEquals("report.html", ReportFormat.HTML.fileName());
        assertEquals("flagged-items.csv", ReportFormat.CSV.fileName());
    }
}
