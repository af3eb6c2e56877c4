package org.passerelle.minutesimport.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.minutesimport.parsing.AttendanceItem;
import org.passerelle.minutesimport.parsing.MinutesProposal;
import org.passerelle.minutesimport.parsing.NameComparison;

/**
 * Precision and recall of (person, organization) pairs of a proposal against its answer key; names compared in
 * any order, accents and case aside; organizations compared the same way. Also counts the statuses read wrong and
 * what else the key names that the proposal missed (times, headings, texts), as messages.
 */
public final class Score {

	public int truePositives;

	public int proposed;

	public int expected;

	public int wrongStatus;

	public final List<String> misses = new ArrayList<>();

	public double precision() {
		return proposed == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / proposed;
	}

	public double recall() {
		return expected == 0 ? 1 : (double) truePositives / expected;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	public void add(Score other) {
		truePositives += other.truePositives;
		proposed += other.proposed;
		expected += other.expected;
		wrongStatus += other.wrongStatus;
		misses.addAll(other.misses);
	}

	static String pair(String person, String organization) {
		return NameComparison.personKey(person) + " | " + NameComparison.key(organization);
	}

	public static Score of(MinutesProposal proposal, Answer answer) {
		Score score = new Score();
		Map<String, String> expectedPairs = new HashMap<>();
		for (Answer.Expected person : answer.people) {
			expectedPairs.put(pair(person.name(), person.organization()), person.status());
		}
		Map<String, AttendanceItem> proposedPairs = new HashMap<>();
		for (AttendanceItem item : proposal.attendance()) {
			proposedPairs.putIfAbsent(pair(item.personName(), item.organizationName()), item);
		}
		score.expected = expectedPairs.size();
		score.proposed = proposedPairs.size();
		for (Map.Entry<String, AttendanceItem> entry : proposedPairs.entrySet()) {
			String status = expectedPairs.get(entry.getKey());
			if (status != null) {
				score.truePositives++;
				if (!status.equals(entry.getValue().status().name())) {
					score.wrongStatus++;
					score.misses.add("status of " + entry.getKey() + ": " + entry.getValue().status() + " not " + status);
				}
			}
			else {
				score.misses.add("proposed, not expected: " + entry.getKey() + " (line: " + entry.getValue().line() + ")");
			}
		}
		for (String key : expectedPairs.keySet()) {
			if (!proposedPairs.containsKey(key)) {
				score.misses.add("expected, not proposed: " + key);
			}
		}
		if (answer.date != null && !answer.date.equals(proposal.date())) {
			score.misses.add("date " + proposal.date() + " not " + answer.date);
		}
		if (answer.start != null && !answer.start.equals(proposal.startTime())) {
			score.misses.add("start " + proposal.startTime() + " not " + answer.start);
		}
		if (answer.end != null && !answer.end.equals(proposal.endTime())) {
			score.misses.add("end " + proposal.endTime() + " not " + answer.end);
		}
		if (answer.zone != null && !answer.zone.equals(proposal.zone().getId())) {
			score.misses.add("zone " + proposal.zone() + " not " + answer.zone);
		}
		if (answer.format != null && (proposal.format() == null || !answer.format.equals(proposal.format().name()))) {
			score.misses.add("format " + proposal.format() + " not " + answer.format);
		}
		List<String> headings = proposal.sections().stream().map(s -> NameComparison.key(s.heading())).toList();
		for (String heading : answer.headings) {
			if (!headings.contains(NameComparison.key(heading))) {
				score.misses.add("heading missed: " + heading + " (found " + headings + ")");
			}
		}
		String body = (proposal.preamble() == null ? "" : proposal.preamble()) + " "
				+ String.join(" ", proposal.sections().stream().map(s -> s.heading() + " " + s.text()).toList());
		String flatBody = body.replaceAll("\\s+", " ");
		for (String text : answer.texts) {
			if (!flatBody.contains(text.replaceAll("\\s+", " "))) {
				score.misses.add("text missed: " + text);
			}
		}
		return score;
	}

}
