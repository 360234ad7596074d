package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void hostileBenchmarkAndModelStringsAreEscapedEverywhere() {
        String html = new HtmlReport().render(ReportFixtures.sample());
        assertFalse(html.contains("<script"), "no script element at all");
        assertFalse(html.contains("<img"), "the model name cannot open a tag");
        assertFalse(html.contains(ReportFixtures.IMG_MODEL), "the model name cannot close an attribute");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the question is shown as text");
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "the model name is shown as text");
        assertTrue(html.contains("x&lt;y&gt;"), "option values are escaped too");
    }

    @Test
    void isSelfContained() {
        String html = new HtmlReport().render(ReportFixtures.sample());
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("://"),
                "the only URL is the SVG namespace");
        assertFalse(html.contains("url("), "no CSS resource");
        for (String tag : List.of("<link", "<img", "<iframe", "<object", "<embed", "<audio", "<video", "<script")) {
            assertFalse(html.contains(tag), "no element that loads a resource: " + tag);
        }
        assertTrue(html.contains("<style>"));
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void drawsASeverityStripWithOneBoxPerSin() {
        String html = new HtmlReport().render(ReportFixtures.sample());
        int start = html.indexOf("<svg class=\"strip\"");
        String strip = html.substring(start, html.indexOf("</svg>", start));
        assertEquals(Sin.values().length, count(strip, "<rect"));
        assertTrue(strip.contains("fill=\"" + SvgCharts.severityColor(Severity.FAIL) + "\""), "sin 2 failed");
    }

    @Test
    void drawsBarsWithWhiskersForATableWithScoresAndIntervals() {
        String html = new HtmlReport().render(ReportFixtures.sample());
        int start = html.indexOf("<svg class=\"bars\"");
        String chart = html.substring(start, html.indexOf("</svg>", start));
        assertTrue(chart.contains("aria-label=\"bar chart of score\""), "plots the score column");
        assertEquals(2, count(chart, "class=\"bar\""), "two finite scores, the NaN row has no bar");
        assertEquals(6, count(chart, "class=\"ci\""), "a whisker is three lines, for the two rows with an interval");
        assertTrue(chart.contains("&quot;&gt;&lt;img"), "labels escaped inside SVG");
        Matcher bar = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"[0-9]+\" width=\"([0-9.]+)\"").matcher(chart);
        assertTrue(bar.find());
        double firstWidth = Double.parseDouble(bar.group(2));
        assertTrue(bar.find());
        double secondWidth = Double.parseDouble(bar.group(2));
        assertEquals(0.8125 / 0.1, firstWidth / secondWidth, 0.01, "bar lengths are proportional to the scores");
    }

    @Test
    void noChartWithoutANumericColumn() {
        Finding textOnly = Finding.of("x", Sin.LOW_QUALITY, Severity.WARN, Headline.none(), "s")
                .withTable(Table.of("a", "b").row("1", "2").build());
        String html = new HtmlReport().render(Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(), List.of(textOnly)));
        assertFalse(html.contains("<svg class=\"bars\""));
    }

    @Test
    void choosesTheRateColumnOverCountsAndCutsLongTables() {
        Table.Builder table = Table.of("model", "responses", "unparseable_rate");
        for (int i = 0; i < 30; i++) {
            table.row("m" + i, 100, i / 100.0);
        }
        Finding finding = Finding.of("grading", Sin.INCORRECT_GRADING, Severity.WARN, Headline.none(), "s")
                .withTable(table.build());
        String html = new HtmlReport(10).render(Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(),
                List.of(finding)));
        assertTrue(html.contains("aria-label=\"bar chart of unparseable_rate\""));
        int start = html.indexOf("<svg class=\"bars\"");
        assertEquals(10, count(html.substring(start, html.indexOf("</svg>", start)), "class=\"bar\""));
        assertTrue(html.contains("<td>m9</td>"));
        assertFalse(html.contains("<td>m10</td>"));
        assertTrue(html.contains("20 more rows in report.json"));
    }

    @Test
    void aConstantColumnIsNotChartedButAVaryingOneIs() {
        Table constant = Table.of("model", "choices", "n").row("a", 4, 10).row("b", 4, 10).build();
        Table varying = Table.of("model", "choices", "n").row("a", 4, 10).row("b", 4, 20).build();
        String none = new HtmlReport().render(Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(),
                List.of(Finding.of("x", Sin.LOW_QUALITY, Severity.PASS, Headline.none(), "s").withTable(constant))));
        assertFalse(none.contains("<svg class=\"bars\""));
        String some = new HtmlReport().render(Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(),
                List.of(Finding.of("x", Sin.LOW_QUALITY, Severity.PASS, Headline.none(), "s").withTable(varying))));
        assertTrue(some.contains("aria-label=\"bar chart of n\""));
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String us = new HtmlReport().render(ReportFixtures.sample());
            Locale.setDefault(new Locale("ar", "EG"));
            assertEquals(us, new HtmlReport().render(ReportFixtures.sample()));
            Locale.setDefault(Locale.FRANCE);
            assertEquals(us, new HtmlReport().render(ReportFixtures.sample()));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
