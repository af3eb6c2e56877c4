package org.passerelle.programme.panel;

import java.util.List;
import java.util.Map;

/**
 * The solver's answer: each seminar's hosts (an empty place is left out, and {@code problems} says why), the score
 * (hard: rules broken, must be 0 to confirm; soft: the weighted rest, higher is better), each rule's share of it,
 * every penalty or reward with the hosts that caused it, and the problems in data for the page's words.
 */
public record PanelResult(boolean feasible, List<Panel> panels, long hardScore, long softScore,
		Map<PanelRule, Long> ruleScores, List<RuleMatch> matches, List<PanelProblem> problems) {

	public PanelResult {
		panels = List.copyOf(panels);
		ruleScores = Map.copyOf(ruleScores);
		matches = List.copyOf(matches);
		problems = List.copyOf(problems);
	}

	public record Panel(long seminarId, List<Host> hosts) {

		public Panel {
			hosts = List.copyOf(hosts);
		}

	}

	public record Host(long organizationId, String country, boolean locked) {
	}

	/**
	 * One penalty (negative) or reward (positive) of a rule, in the hard or soft part by the rule, with the hosts that
	 * caused it and their seminar ({@code null} for a rule over the whole cycle).
	 */
	public record RuleMatch(PanelRule rule, long score, Long seminarId, List<Long> organizationIds) {

		public RuleMatch {
			organizationIds = List.copyOf(organizationIds);
		}

	}

}
