package org.passerelle.programme.panel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points an organization's ranking of the cycle's seminar themes earns each seminar: with n seminars, rank 1 is worth
 * n − 1 points and rank n nothing; a seminar left out of the ranking is worth nothing either.
 */
public final class InterestPoints {

	private InterestPoints() {
	}

	public static Map<Long, Integer> fromRanking(List<Long> ranking, int seminarCount) {
		Map<Long, Integer> points = new HashMap<>();
		for (int position = 0; position < ranking.size(); position++) {
			points.putIfAbsent(ranking.get(position), Math.max(0, seminarCount - 1 - position));
		}
		return points;
	}

}
