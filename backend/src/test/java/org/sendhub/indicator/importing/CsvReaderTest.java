package org.sendhub.indicator.importing;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4180 as Excel, R and pandas write it, read with buffers small enough to cut fields in two. */
class CsvReaderTest {

    static List<CsvReader.Row> read(String csv, int bufferChars) throws Exception {
        var reader = new CsvReader(new StringReader(csv), bufferChars);
        var rows = new ArrayList<CsvReader.Row>();
        CsvReader.Row row;
        while ((row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 7, 64 * 1024 })
    void quotedFieldsLineEndsAndLineNumbersWhereverTheBufferEnds(int bufferChars) throws Exception {
        String csv = "\uFEFFcode,name,note\r\n"
                + "a1,\"Wigan, Metropolitan\",\"said \"\"yes\"\"\"\r\n"
                + "\r\n"
                + "b2,,\"two\nlines\"\n"
                + "c3,plain \"quote\" inside,\"\"\n"
                + "d4,last,no line end";
        var rows = read(csv, bufferChars);
        assertEquals(List.of(
                new CsvReader.Row(1, List.of("code", "name", "note")),
                new CsvReader.Row(2, List.of("a1", "Wigan, Metropolitan", "said \"yes\"")),
                new CsvReader.Row(4, List.of("b2", "", "two\nlines")),
                new CsvReader.Row(6, List.of("c3", "plain \"quote\" inside", "")),
                new CsvReader.Row(7, List.of("d4", "last", "no line end"))), rows);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 5, 64 * 1024 })
    void blankLinesAtTheEndAreNoRecordsButAQuotedEmptyFieldIs(int bufferChars) throws Exception {
        assertEquals(List.of(new CsvReader.Row(1, List.of("a", "b"))), read("a,b\n\n\r\n", bufferChars));
        assertEquals(List.of(new CsvReader.Row(1, List.of(""))), read("\"\"\n", bufferChars));
        assertEquals(List.of(), read("", bufferChars));
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 64 * 1024 })
    void brokenQuotingNamesTheLineItStartsOn(int bufferChars) {
        var unclosed = assertThrows(CsvReader.MalformedCsvException.class,
                () -> read("a,b\nc,\"never\nclosed\n", bufferChars));
        assertEquals(2, unclosed.line);
        var trailing = assertThrows(CsvReader.MalformedCsvException.class,
                () -> read("a,b\n\"x\"y,b\n", bufferChars));
        assertEquals(2, trailing.line);
    }
}
