package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    private static String render(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReport().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneRowPerFlaggedItemAndFindingWithTheDocumentedColumns() throws IOException {
        String csv = render(ReportFixtures.sample());
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("check", "finding", "sin", "severity", "item_id", "score", "reason"), records.get(0).toList());
        assertEquals(4, records.size(), "header + 2 structure items + 1 label item");
        assertEquals(List.of("structure", "structure", "2", "FAIL", "q1", "2.0", "question <script>alert(1)</script>"),
                records.get(1).toList());
        assertEquals(List.of("structure", "structure", "2", "FAIL", "q,2\"", "", "a reason, with \"quotes\"\nand a line break"),
                records.get(2).toList(), "commas, quotes and line breaks survive quoting; a null score is empty");
        assertEquals(List.of("label-noise", "label-noise/suspects", "2", "PASS", "q3", "1.0E-9", "tiny"),
                records.get(3).toList(), "check is the finding id up to the first slash");
    }

    @Test
    void headerOnlyWhenNothingIsFlagged() throws IOException {
        Report report = Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(),
                List.of(Finding.of("x", Sin.HARD_TO_RUN, Severity.PASS, Headline.none(), "fine")));
        assertEquals("check,finding,sin,severity,item_id,score,reason\n", render(report));
    }
}
