package org.sendhub.indicator.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendhub.common.security.ValueWriter;
import org.sendhub.indicator.catalogue.Indicator;

/** How the rows of an EES file become the analysts' rows: places by level, symbols, empty cells. */
class EesFormatTest {

    static final String HEADER = "\ufefftime_period,time_identifier,geographic_level,country_code,country_name,"
            + "region_code,region_name,new_la_code,old_la_code,la_name,ehcplans";
    static final Set<String> PLACES = Set.of("E92000001", "E12000002", "E08000003");
    static final Indicator PLANS = new Indicator();

    static {
        PLANS.code = "ehcp_plans";
    }

    /** The analysts' rows the file gives, and the errors it has. */
    record Read(List<List<String>> rows, RowErrors errors, EesFormat.Tally tally) {
    }

    static Read read(String body, EesMapping mapping) throws Exception {
        var format = new EesFormat(mapping);
        var rules = new ImportRowRules(List.of(PLANS), PLACES, ValueWriter.everyArea("test"));
        var errors = new RowErrors();
        var rows = new ArrayList<List<String>>();
        var reader = new CsvReader(new StringReader(HEADER + "\r\n" + body));
        assertTrue(format.readHeader(reader.next().fields(), rules, errors));
        CsvReader.Row row;
        while ((row = reader.next()) != null) {
            format.translate(row, errors, translated -> rows.add(translated.fields()));
        }
        return new Read(rows, errors, format.tally());
    }

    static EesMapping plans() {
        return new EesMapping(Map.of("ehcplans", EesMapping.Target.of("ehcp_plans")), null, null, null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'2024,Calendar year,National,E92000001,England,,,,,,5', E92000001",
            "'2024,Calendar year,Regional,E92000001,England,E12000002,North West,,,,5', E12000002",
            "'2024,Calendar year,Local authority,E92000001,England,E12000002,North West,E08000003,352,Manchester,5', E08000003",
    })
    void eachLevelIsItsPlace(String row, String place) throws Exception {
        var read = read(row + "\r\n", plans());
        assertEquals(place, read.rows().get(0).get(2));
        assertEquals(0, read.errors().count);
    }

    @Test
    void otherLevelsAreSkippedAndCountedByLevel() throws Exception {
        var read = read("2024,Calendar year,Local authority district,E92000001,England,,,,,,5\r\n"
                + "2024,Calendar year,Parliamentary constituency,E92000001,England,,,,,,5\r\n"
                + "2024,Calendar year,Local authority district,E92000001,England,,,,,,6\r\n", plans());
        assertEquals(0, read.rows().size());
        assertEquals(Map.of("Local authority district", 2L, "Parliamentary constituency", 1L), read.tally().otherLevels);
    }

    @ParameterizedTest(name = "{0} is suppression {1}")
    @CsvSource({ "x, x", "z, z", "c, c", "low, low", "u, u", "~, low", ":, x" })
    void eachSymbolIsASuppressionWithNoValue(String symbol, String suppression) throws Exception {
        var row = read("2024,Calendar year,National,E92000001,England,,,,,," + symbol + "\r\n", plans()).rows().get(0);
        assertEquals("", row.get(8));
        assertEquals(suppression, row.get(15));
    }

    @Test
    void numbersKeepTheirPublishedPrecision() throws Exception {
        var rows = read("2024,Calendar year,National,E92000001,England,,,,,,45.90\r\n"
                + "2023,Calendar year,National,E92000001,England,,,,,,-3\r\n", plans()).rows();
        assertEquals("45.90", rows.get(0).get(8));
        assertEquals("-3", rows.get(1).get(8));
    }

    @Test
    void aQuotedEmptyCellIsSkippedAndCountedNotZero() throws Exception {
        var read = read("2024,Calendar year,National,E92000001,England,,,,,,\"\"\r\n", plans());
        assertEquals(0, read.rows().size());
        assertEquals(1, read.tally().emptyCells);
        assertEquals(0, read.errors().count);
    }

    @Test
    void textThatIsNeitherNumberNorSymbolIsARowErrorInItsColumn() throws Exception {
        var read = read("2024,Calendar year,National,E92000001,England,,,,,,12a\r\n", plans());
        assertEquals(1, read.errors().count);
        assertEquals("ehcplans", read.errors().reported.get(0).column());
        assertEquals(2, read.errors().reported.get(0).line());
    }
}
