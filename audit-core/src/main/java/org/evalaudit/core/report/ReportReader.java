package org.evalaudit.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.io.InputSummary;

/**
 * Reads a {@code report.json} back into a {@link Report}, for {@code evalaudit report} (re-rendering).
 * Lossless for everything the JSON holds: rendering the result with {@link JsonReport} gives the same
 * bytes. The scorecard is read as written, not recomputed. Export tables live in their own files: for
 * each name in a finding's {@code files} the file beside {@code report.json} is read back when present
 * (CSV cells as their exact text, JSONL cells typed), so writing the report again rewrites it with the
 * same bytes; when the file is absent the export's table is null and {@link ReportWriter} skips it.
 * A malformed report is an {@link InputError} naming the file, the line when known and the field path.
 */
public final class ReportReader {
    private final Path source;

    private ReportReader(Path source) {
        this.source = source;
    }

    /** Reads the report and the export files beside it. */
    public static Report read(Path reportJson) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(reportJson)) {
            root = parse(reportJson, in);
        }
        Path folder = reportJson.toAbsolutePath().getParent();
        return new ReportReader(reportJson).report(root, folder);
    }

    /** Reads a report from a stream; exports come back with null tables ({@code source} names it in errors). */
    public static Report read(InputStream json, Path source) throws IOException {
        return new ReportReader(source).report(parse(source, json), null);
    }

    private static JsonNode parse(Path source, InputStream in) throws IOException {
        try {
            JsonNode root = JsonCells.MAPPER.readTree(in);
            if (root == null || !root.isObject()) {
                throw new InputError(source, 0, null, "expected a JSON object (an evalaudit report)");
            }
            return root;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputError(source, Math.max(0, line), null, "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Report report(JsonNode root, Path exportFolder) throws IOException {
        String schema = text(root, "schema", "schema");
        if (!Report.SCHEMA.equals(schema)) {
            throw error("schema", "expected \"" + Report.SCHEMA + "\", got \"" + schema + "\"");
        }
        JsonNode tool = object(root, "tool", "tool");
        ToolInfo toolInfo = new ToolInfo(text(tool, "name", "tool.name"), text(tool, "version", "tool.version"));
        String generatedAt = root.has("generated_at") ? text(root, "generated_at", "generated_at") : null;
        List<InputSummary> inputs = new ArrayList<>();
        JsonNode inputArray = array(root, "inputs", "inputs");
        for (int i = 0; i < inputArray.size(); i++) {
            inputs.add(input(inputArray.get(i), "inputs[" + i + "]"));
        }
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode optionObject = object(root, "options", "options");
        for (Iterator<Map.Entry<String, JsonNode>> it = optionObject.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            options.put(option.getKey(), text(optionObject, option.getKey(), "options." + option.getKey()));
        }
        List<ScorecardRow> scorecard = new ArrayList<>();
        JsonNode rows = array(root, "scorecard", "scorecard");
        for (int i = 0; i < rows.size(); i++) {
            scorecard.add(scorecardRow(rows.get(i), "scorecard[" + i + "]"));
        }
        List<Finding> findings = new ArrayList<>();
        JsonNode findingArray = array(root, "findings", "findings");
        for (int i = 0; i < findingArray.size(); i++) {
            findings.add(finding(findingArray.get(i), "findings[" + i + "]", exportFolder));
        }
        return new Report(schema, toolInfo, generatedAt, inputs, options, scorecard, findings);
    }

    private InputSummary input(JsonNode node, String path) {
        return new InputSummary(text(node, "role", path + ".role"), text(node, "path", path + ".path"),
                text(node, "sha256", path + ".sha256"), integer(node, "records", path + ".records"),
                integer(node, "skipped", path + ".skipped"), strings(node, "skipped_at", path + ".skipped_at"));
    }

    private ScorecardRow scorecardRow(JsonNode node, String path) {
        return new ScorecardRow(sin(node, path), severity(node, path), headline(node, path),
                text(node, "finding", path + ".finding"), text(node, "summary", path + ".summary"));
    }

    private Finding finding(JsonNode node, String path, Path exportFolder) throws IOException {
        JsonNode tableNode = object(node, "table", path + ".table");
        List<String> columns = strings(tableNode, "columns", path + ".table.columns");
        JsonNode rowArray = array(tableNode, "rows", path + ".table.rows");
        List<List<Object>> rows = new ArrayList<>(rowArray.size());
        for (int r = 0; r < rowArray.size(); r++) {
            String rowPath = path + ".table.rows[" + r + "]";
            JsonNode row = rowArray.get(r);
            if (!row.isArray() || row.size() != columns.size()) {
                throw error(rowPath, "expected an array of " + columns.size() + " cells");
            }
            List<Object> cells = new ArrayList<>(row.size());
            row.forEach(cell -> cells.add(JsonCells.read(cell)));
            rows.add(cells);
        }
        List<FlaggedItem> items = new ArrayList<>();
        JsonNode itemArray = array(node, "items", path + ".items");
        for (int i = 0; i < itemArray.size(); i++) {
            JsonNode item = itemArray.get(i);
            String itemPath = path + ".items[" + i + "]";
            items.add(new FlaggedItem(text(item, "item_id", itemPath + ".item_id"),
                    number(item, "score", itemPath + ".score"), text(item, "reason", itemPath + ".reason")));
        }
        List<Export> exports = new ArrayList<>();
        for (String file : strings(node, "files", path + ".files")) {
            exports.add(new Export(file, exportTable(exportFolder, file)));
        }
        return new Finding(text(node, "id", path + ".id"), sin(node, path), severity(node, path),
                headline(node, path), text(node, "summary", path + ".summary"), new Table(columns, rows), items,
                exports);
    }

    private static Table exportTable(Path folder, String fileName) throws IOException {
        if (folder == null || fileName.contains("/") || fileName.contains("\\") || !ExportFiles.supports(fileName)) {
            return null;
        }
        Path file = folder.resolve(fileName);
        return Files.isRegularFile(file) ? ExportFiles.read(file) : null;
    }

    private Sin sin(JsonNode node, String path) {
        String code = text(node, "sin", path + ".sin");
        for (Sin sin : Sin.values()) {
            if (sin.code().equals(code)) {
                return sin;
            }
        }
        throw error(path + ".sin", "unknown sin code \"" + code + "\"");
    }

    private Severity severity(JsonNode node, String path) {
        String name = text(node, "severity", path + ".severity");
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(path + ".severity", "expected PASS, WARN, FAIL, NOT_ASSESSED or ERROR, got \"" + name + "\"");
        }
    }

    private Headline headline(JsonNode node, String path) {
        JsonNode headline = object(node, "headline", path + ".headline");
        return new Headline(text(headline, "name", path + ".headline.name"),
                number(headline, "value", path + ".headline.value"));
    }

    /** A string or null field that must be present. */
    private String text(JsonNode node, String field, String path) {
        JsonNode value = required(node, field, path);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(path, "expected a string");
        }
        return value.textValue();
    }

    private Double number(JsonNode node, String field, String path) {
        JsonNode value = required(node, field, path);
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw error(path, "expected a number or null");
        }
        return value.doubleValue();
    }

    private long integer(JsonNode node, String field, String path) {
        JsonNode value = required(node, field, path);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw error(path, "expected an integer");
        }
        return value.longValue();
    }

    private List<String> strings(JsonNode node, String field, String path) {
        JsonNode values = array(node, field, path);
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isTextual()) {
                throw error(path + "[" + i + "]", "expected a string");
            }
            out.add(values.get(i).textValue());
        }
        return out;
    }

    private JsonNode object(JsonNode node, String field, String path) {
        JsonNode value = required(node, field, path);
        if (!value.isObject()) {
            throw error(path, "expected an object");
        }
        return value;
    }

    private JsonNode array(JsonNode node, String field, String path) {
        JsonNode value = required(node, field, path);
        if (!value.isArray()) {
            throw error(path, "expected an array");
        }
        return value;
    }

    private JsonNode required(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw error(path, "missing");
        }
        return value;
    }

    private InputError error(String fieldPath, String problem) {
        return new InputError(source, 0, fieldPath, problem);
    }
}
