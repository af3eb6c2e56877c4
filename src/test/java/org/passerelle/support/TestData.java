package org.passerelle.support;

import java.util.UUID;

/**
 * What every module's test data is named with, so tests find their own rows whatever else the database holds.
 */
public final class TestData {

	/** An id no row ever gets (the sequences start at 1 and are nowhere near it). */
	public static final long NO_SUCH_ID = Long.MAX_VALUE;

	private TestData() {
	}

	/**
	 * A token no other test uses: ten lower-case letters, so it fits a group code ([a-z0-9-]) and never matches a
	 * date or a number in page text.
	 */
	public static String unique() {
		StringBuilder token = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			token.append((char) ('a' + Character.digit(c, 16)));
		}
		return token.toString();
	}

}
