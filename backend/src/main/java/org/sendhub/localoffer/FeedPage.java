package org.sendhub.localoffer;

import org.sendhub.common.paging.PageRequest;

/** ORUK's {@code page} (from 1) and {@code per_page} (1 to {@value #MAX_PER_PAGE}), checked as every page is. */
public record FeedPage(int number, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 100;

    private static final PageRequest.Rules ORUK = new PageRequest.Rules("page", 1, "per_page", DEFAULT_PER_PAGE,
            MAX_PER_PAGE);

    public static FeedPage of(String page, String perPage) {
        var checked = ORUK.check(page, perPage);
        return new FeedPage(checked.page(), checked.size());
    }
}
