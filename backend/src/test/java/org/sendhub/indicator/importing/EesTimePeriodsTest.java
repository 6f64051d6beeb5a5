package org.sendhub.indicator.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every EES time identifier SEND Hub reads, as a period label and the day it starts. */
class EesTimePeriodsTest {

    @ParameterizedTest(name = "{0} {1} -> {2} from {3}")
    @CsvSource({
            "202425, Academic year, 2024/25, 2024-09-01",
            "201920, Academic year, 2019/20, 2019-09-01",
            "199900, Academic year, 1999/00, 1999-09-01",
            "2024, Calendar year, 2024, 2024-01-01",
            "202425, Financial year, 2024-25, 2024-04-01",
            "202425, Tax year, TY 2024-25, 2024-04-06",
            "2025, Reporting year, 2025, 2025-01-01",
            "202425, Academic year Q1, 2024/25 Q1, 2024-09-01",
            "202425, Academic year Q3, 2024/25 Q3, 2025-03-01",
            "202425, Academic year Q1-2, 2024/25 Q1-2, 2024-09-01",
            "2024, Calendar year Q2, 2024 Q2, 2024-04-01",
            "2024, Calendar year Q2-4, 2024 Q2-4, 2024-04-01",
            "202425, Financial year Q4, 2024-25 Q4, 2025-01-01",
            "202425, Financial year Q1-3, 2024-25 Q1-3, 2024-04-01",
            "202425, Tax year Q2, TY 2024-25 Q2, 2024-07-06",
            "202425, Part 1 (April to September), 2024-25 part 1, 2024-04-01",
            "202425, Part 2 (October to March), 2024-25 part 2, 2024-10-01",
            "202425, Autumn term, 2024/25 autumn term, 2024-09-01",
            "202425, Spring term, 2024/25 spring term, 2025-01-01",
            "202425, Summer term, 2024/25 summer term, 2025-04-01",
            "202425, Autumn and spring term, 2024/25 aut+spr, 2024-09-01",
            "2024, January, 2024-01, 2024-01-01",
            "2024, December, 2024-12, 2024-12-01",
            "2024, Week 1, 2024-W01, 2024-01-01",
            "2021, Week 1, 2021-W01, 2021-01-04",
            "2020, Week 53, 2020-W53, 2020-12-28",
    })
    void readsEveryIdentifier(String period, String identifier, String label, LocalDate start) throws Exception {
        var read = new EesTimePeriods().of(period, identifier);
        assertEquals(label, read.label());
        assertEquals(start, read.start());
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
            "202426, Academic year",
            "2024, Academic year",
            "20242025, Financial year",
            "202425, Calendar year",
            "abcd, Calendar year",
            "2024, Decade",
            "2024, Calendar year Q5",
            "2024, Calendar year Q3-2",
            "2021, Week 53",
            "202425, Part 1 (October to March)",
            "2024, january",
    })
    void refusesWhatItCannotPlace(String period, String identifier) {
        assertThrows(EesTimePeriods.UnknownPeriodException.class, () -> new EesTimePeriods().of(period, identifier));
    }

    @Test
    void everyLabelFitsAPeriodLabel() throws Exception {
        assertEquals(true, new EesTimePeriods().of("202425", "Tax year Q1-4").label().length() <= 20);
    }
}
