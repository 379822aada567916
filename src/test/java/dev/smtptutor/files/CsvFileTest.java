package dev.smtptutor.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rosters as RFC 4180 writes them, with every mistake at its line. */
class CsvFileTest {

    private static final List<String> ROSTER = List.of("id", "name", "password");
    private final FileProblems problems = new FileProblems("roster.csv");

    private List<CsvFile.Row> read(String text) {
        return CsvFile.read(text, ROSTER, problems);
    }

    @Test
    void plainRowsAreReadByColumnWithTheirLines() {
        List<CsvFile.Row> rows = read("id,name,password\r\ns01,Ana Lima,kx7-ppq\r\ns02,Bo Chen,zz9-aaa\r\n");
        assertEquals(List.of(new CsvFile.Row(2, Map.of("id", "s01", "name", "Ana Lima", "password", "kx7-ppq")),
                new CsvFile.Row(3, Map.of("id", "s02", "name", "Bo Chen", "password", "zz9-aaa"))), rows);
        assertEquals(List.of(), problems.lines());
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvFile.Row> rows = read("id,name,password\n\"s01\",\"O\"\"Brien, Pat\",\"a\nb\"\ns02,Bo,c\n");
        assertEquals("O\"Brien, Pat", rows.get(0).get("name"));
        assertEquals("a\nb", rows.get(0).get("password"));
        assertEquals(4, rows.get(1).line());
        assertEquals(List.of(), problems.lines());
    }

    @Test
    void lastLineNeedsNoLineEndAndBlankLinesAreSkipped() {
        assertEquals(2, read("id,name,password\ns01,Ana,x\n\ns02,Bo,y").size());
        assertEquals(List.of(), problems.lines());
    }

    @Test
    void wrongHeaderIsReportedOnLineOne() {
        read("id,name\ns01,Ana\n");
        assertEquals(List.of("roster.csv:1: the first line must be id,name,password, not 'id,name'"), problems.lines());
    }

    @Test
    void everyBrokenLineIsReportedAndTheGoodOnesKept() {
        List<CsvFile.Row> rows = read("id,name,password\ns01,Ana,x,extra\ns02,O\"Brien,y\ns03,\"Cy\"z,w\ns04,Di,v\n");
        assertEquals(List.of("s04"), rows.stream().map(r -> r.get("id")).toList());
        assertEquals(List.of(
                "roster.csv:2: a line needs 3 fields (id,name,password), this one has 4; a field with a comma in it goes in"
                        + " double quotes",
                "roster.csv:3: a double quote inside a field: put the whole field in double quotes and double the quote"
                        + " (\"O\"\"Brien\")",
                "roster.csv:4: text after a closing double quote: the quotes must hold the whole field"), problems.lines());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpened() {
        read("id,name,password\ns01,\"Ana,x\ns02,Bo,y\n");
        assertEquals(List.of("roster.csv:2: a double quote opened here is never closed"), problems.lines());
    }

    @Test
    void anOverlongFieldIsRefused() {
        assertEquals(List.of(), read("id,name,password\ns01," + "n".repeat(CsvFile.MAX_FIELD + 1) + ",x\n"));
        assertEquals(List.of("roster.csv:2: field 2 is longer than 1000 characters"), problems.lines());
    }

    @Test
    void anEmptyFileSaysWhatItShouldStartWith() {
        read("");
        assertEquals(List.of("roster.csv:1: the file is empty: it starts with the line id,name,password"), problems.lines());
    }
}
