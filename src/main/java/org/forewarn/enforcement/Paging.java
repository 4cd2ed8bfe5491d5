package org.forewarn.enforcement;

import org.forewarn.platform.Refusal;

/**
 * The row offset of a list page. {@code page × size} in {@code int} overflows to a
 * negative offset for a large page (PostgreSQL then fails the query with a 500), so the
 * page is bounded first: 100,000 pages of at most 500 rows.
 */
final class Paging {

	static final int MAX_PAGE = 100_000;

	private Paging() {
	}

	static int offset(int page, int limit) {
		if (page < 0 || page > MAX_PAGE) {
			throw new Rejected(Refusal.INVALID, "page", "page is 0 to " + MAX_PAGE + ", not " + page + ".");
		}
		return page * limit;
	}

}
