package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.io.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {
    private static final Table TABLE = Table.of("model", "score", "docs", "n", "flag")
            .row("m1", 0.5, List.of("d1", "d2"), 3L, true)
            .row("m,2", Double.NaN, List.of(), 0, null)
            .build();

    private static String render(String name, Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFiles.write(name, table, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasAHeaderListsJoinedBySemicolonAndEmptyForNullOrNaN() throws IOException {
        assertEquals("model,score,docs,n,flag\nm1,0.5,d1;d2,3,true\n\"m,2\",,,0,\n", render("x.csv", TABLE));
    }

    @Test
    void jsonlHasOneObjectPerRowWithColumnNamesAsKeysAndListsAsArrays() throws IOException {
        assertEquals("{\"model\":\"m1\",\"score\":0.5,\"docs\":[\"d1\",\"d2\"],\"n\":3,\"flag\":true}\n"
                        + "{\"model\":\"m,2\",\"score\":null,\"docs\":[],\"n\":0,\"flag\":null}\n",
                render("x.jsonl", TABLE));
    }

    @Test
    void otherExtensionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> render("x.parquet", TABLE));
    }

    @Test
    void readsBothFormatsBack(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), render("a.jsonl", TABLE));
        Table jsonl = ExportFiles.read(dir.resolve("a.jsonl"));
        assertEquals(TABLE.columns(), jsonl.columns());
        assertEquals(List.of("m1", 0.5, List.of("d1", "d2"), 3L, true), jsonl.rows().get(0));
        Files.writeString(dir.resolve("a.csv"), render("a.csv", TABLE));
        Table csv = ExportFiles.read(dir.resolve("a.csv"));
        assertEquals(List.of("m,2", "", "", "0", ""), csv.rows().get(1), "CSV cells come back as their text");
    }

    @Test
    void aJsonlLineWithOtherKeysIsAnInputErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.jsonl");
        Files.writeString(file, "{\"a\":1,\"b\":2}\n{\"a\":1,\"c\":2}\n");
        InputError e = assertThrows(InputError.class, () -> ExportFiles.read(file));
        assertEquals(2, e.line());
        assertEquals("b", e.field());
    }
}
