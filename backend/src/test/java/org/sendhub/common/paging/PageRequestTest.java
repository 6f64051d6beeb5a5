package org.sendhub.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.localoffer.FeedPage;

/** The one set of paging rules, as the API's lists and the Local Offer feed number their pages. */
class PageRequestTest {

    @Test
    void theApiCountsPagesFromZeroWithADefaultSize() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.of(null, " "));
        assertEquals(new PageRequest(3, 500), PageRequest.of(" 3 ", "500"));
        assertEquals(List.of(new FieldError("page", "must be 0 or more (the first page is 0)")),
                refusal(() -> PageRequest.of("-1", null)));
        assertEquals(List.of(new FieldError("size", "must be between 1 and 500")),
                refusal(() -> PageRequest.of("0", "501")));
        assertEquals(List.of(new FieldError("size", "must be a whole number")),
                refusal(() -> PageRequest.of("0", "abc")));
    }

    @Test
    void theFeedCountsPagesFromOneWithItsOwnNames() {
        assertEquals(new FeedPage(1, FeedPage.DEFAULT_PER_PAGE), FeedPage.of(null, null));
        assertEquals(new FeedPage(2, 100), FeedPage.of("2", "100"));
        assertEquals(List.of(new FieldError("page", "must be 1 or more (the first page is 1)")),
                refusal(() -> FeedPage.of("0", null)));
        assertEquals(List.of(new FieldError("per_page", "must be between 1 and 100")),
                refusal(() -> FeedPage.of("1", "101")));
        assertEquals(List.of(new FieldError("page", "must be a whole number")),
                refusal(() -> FeedPage.of("1.5", null)));
    }

    @Test
    void aPageWhoseFirstRowNoListCouldReachIsRefusedByName() {
        int last = Integer.MAX_VALUE / 50;
        assertEquals(new PageRequest(last, 50), PageRequest.of(String.valueOf(last), "50"));
        assertEquals(List.of(new FieldError("page", "must be at most " + last + " for size 50")),
                refusal(() -> PageRequest.of(String.valueOf(last + 1), "50")));
        int lastOfFeed = Integer.MAX_VALUE / 100;
        assertEquals(List.of(new FieldError("page", "must be at most " + lastOfFeed + " for per_page 100")),
                refusal(() -> FeedPage.of(String.valueOf(lastOfFeed + 1), "100")));
    }

    @Test
    void onlyALastPageTellsTheTotalWithoutACount() {
        var third = new PageRequest(2, 10);
        assertEquals(OptionalLong.of(27), third.totalShownBy(7));
        assertEquals(OptionalLong.empty(), third.totalShownBy(10), "a full page may have more after it");
        assertEquals(OptionalLong.empty(), third.totalShownBy(0), "past the end: the list may be any length");
        assertEquals(OptionalLong.of(0), new PageRequest(0, 10).totalShownBy(0));
        assertEquals(OptionalLong.empty(), new PageRequest(0, 10).totalShownBy(10));
    }

    private static List<FieldError> refusal(Runnable check) {
        var problem = assertThrows(ProblemException.class, check::run);
        assertEquals(400, problem.status());
        return problem.toProblem("/").errors();
    }
}
