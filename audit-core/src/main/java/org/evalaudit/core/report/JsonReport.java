package org.evalaudit.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.io.InputSummary;

/**
 * Renders {@code report.json} (schema {@code evalaudit.report/1}, field by field in
 * {@code docs/report-schema.md}). Keys are snake_case in a fixed order, indentation is two spaces with
 * "\n" line ends on every platform, doubles use a JDK-independent shortest representation and NaN or
 * infinity is written as null, so the same report gives the same bytes and {@link ReportReader} reads
 * it back losslessly.
 */
public final class JsonReport implements ReportRenderer {
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator gen = JsonCells.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setPrettyPrinter(new DefaultPrettyPrinter(SEPARATORS)
                    .withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));
            writeReport(gen, report);
            gen.writeRaw('\n');
        }
    }

    /** The rendering as bytes. */
    public byte[] toBytes(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void writeReport(JsonGenerator gen, Report report) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("schema", report.schema());
        gen.writeObjectFieldStart("tool");
        gen.writeStringField("name", report.tool().name());
        gen.writeStringField("version", report.tool().version());
        gen.writeEndObject();
        if (report.generatedAt() != null) {
            gen.writeStringField("generated_at", report.generatedAt());
        }
        gen.writeArrayFieldStart("inputs");
        for (InputSummary input : report.inputs()) {
            writeInput(gen, input);
        }
        gen.writeEndArray();
        gen.writeObjectFieldStart("options");
        for (Map.Entry<String, String> option : report.options().entrySet()) {
            gen.writeStringField(option.getKey(), option.getValue());
        }
        gen.writeEndObject();
        gen.writeArrayFieldStart("scorecard");
        for (ScorecardRow row : report.scorecard()) {
            gen.writeStartObject();
            gen.writeStringField("sin", row.sin().code());
            gen.writeStringField("title", row.sin().title());
            gen.writeStringField("severity", row.severity().name());
            writeHeadline(gen, row.headline());
            gen.writeStringField("finding", row.findingId());
            gen.writeStringField("summary", row.summary());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            writeFinding(gen, finding);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeInput(JsonGenerator gen, InputSummary input) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("role", input.role());
        gen.writeStringField("path", input.path());
        gen.writeStringField("sha256", input.sha256());
        gen.writeNumberField("records", input.records());
        gen.writeNumberField("skipped", input.skipped());
        writeStrings(gen, "skipped_at", input.skippedAt());
        gen.writeEndObject();
    }

    private static void writeHeadline(JsonGenerator gen, Headline headline) throws IOException {
        gen.writeObjectFieldStart("headline");
        gen.writeStringField("name", headline.name());
        gen.writeFieldName("value");
        JsonCells.writeDouble(gen, headline.value());
        gen.writeEndObject();
    }

    private static void writeFinding(JsonGenerator gen, Finding finding) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", finding.id());
        gen.writeStringField("sin", finding.sin().code());
        gen.writeStringField("severity", finding.severity().name());
        writeHeadline(gen, finding.headline());
        gen.writeStringField("summary", finding.summary());
        writeTable(gen, finding.table());
        gen.writeArrayFieldStart("items");
        for (FlaggedItem item : finding.items()) {
            gen.writeStartObject();
            gen.writeStringField("item_id", item.itemId());
            gen.writeFieldName("score");
            JsonCells.writeDouble(gen, item.score());
            gen.writeStringField("reason", item.reason());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        writeStrings(gen, "files", finding.exports().stream().map(Export::fileName).toList());
        gen.writeEndObject();
    }

    private static void writeTable(JsonGenerator gen, Table table) throws IOException {
        gen.writeObjectFieldStart("table");
        writeStrings(gen, "columns", table.columns());
        gen.writeArrayFieldStart("rows");
        for (List<Object> row : table.rows()) {
            JsonCells.write(gen, row);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeStrings(JsonGenerator gen, String field, List<String> values) throws IOException {
        gen.writeArrayFieldStart(field);
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }
}
