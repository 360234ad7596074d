package org.evalaudit.noise.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.core.io.InputError;
import org.evalaudit.noise.matrix.ConditionScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccuracyTableReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsParaphraseRowsAndModelColumns() throws IOException {
        Path file = write("paraphrase idx,m1_acc,m2_acc\n1,0.5,0.25\n2,1.0,\n");
        ConditionScores table = AccuracyTableReader.read(file);
        assertEquals(List.of("1", "2"), table.conditions());
        assertEquals(List.of("m1", "m2"), table.models());
        assertEquals(0.25, table.score(0, 1));
        assertTrue(Double.isNaN(table.score(1, 1)), "an empty cell is a model not run with that prompt");
    }

    @Test
    void aBadCellNamesFileLineAndColumn() throws IOException {
        Path file = write("paraphrase idx,m1_acc,m2_acc\n1,0.5,0.25\n2,0.7,high\n");
        InputError e = assertThrows(InputError.class, () -> AccuracyTableReader.read(file));
        assertEquals(3, e.line());
        assertEquals("m2_acc", e.field());
        assertTrue(e.getMessage().contains("\"high\""), e.getMessage());
    }

    @Test
    void accuraciesOutsideTheUnitIntervalAreRejected() throws IOException {
        Path file = write("paraphrase idx,m1_acc\n1,73\n");
        InputError e = assertThrows(InputError.class, () -> AccuracyTableReader.read(file));
        assertEquals(2, e.line());
    }

    @Test
    void aTableWithoutModelColumnsIsRejected() throws IOException {
        InputError e = assertThrows(InputError.class, () -> AccuracyTableReader.read(write("paraphrase idx,model\n1,0.5\n")));
        assertTrue(e.getMessage().contains("_acc"), e.getMessage());
    }

    @Test
    void shortRowsAreRejected() throws IOException {
        InputError e = assertThrows(InputError.class, () -> AccuracyTableReader.read(write("p,m1_acc,m2_acc\n1,0.5\n")));
        assertEquals(2, e.line());
    }

    @Test
    void aMissingFileIsAnInputError() {
        assertThrows(InputError.class, () -> AccuracyTableReader.read(dir.resolve("absent.csv")));
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("table.csv");
        Files.writeString(file, text);
        return file;
    }
}
