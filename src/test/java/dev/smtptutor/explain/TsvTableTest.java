package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvTableTest {

    @Test
    void notesAndBlankLinesAreSkippedAndTheHeaderNamesTheColumns() {
        TsvTable table = TsvTable.parse("t.tsv", "# a note\n\ncode\ttitle\n250\tOk\n# another\n550\tNo\n");
        assertEquals(List.of("code", "title"), table.columns());
        assertEquals(List.of(Map.of("code", "250", "title", "Ok"), Map.of("code", "550", "title", "No")),
                table.rows().stream().map(TsvTable.Row::cells).toList());
        assertEquals(6, table.rows().get(1).line());
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsReportedByFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TsvTable.parse("codes.tsv", "code\ttitle\n250\tOk\n550 No\n"));
        assertEquals("codes.tsv:3: expected 2 tab-separated columns (code, title), found 1", e.getMessage());
    }

    @Test
    void placeholdersAreFilledAndApostrophesAndUnknownBracesStay() {
        assertEquals("don't send 10 {octets} twice",
                Texts.fill("don't send {n} {octets} twice", Map.of("n", "10")));
    }
}
