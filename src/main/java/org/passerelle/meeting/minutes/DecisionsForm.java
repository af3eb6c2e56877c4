package org.passerelle.meeting.minutes;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * The decisions page's rows, in order, and the version of the decisions they were read at
 * ({@link MinutesView#decisionsVersion}).
 */
public record DecisionsForm(@Valid List<DecisionForm> decisions, Long version) {

	public DecisionsForm {
		decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
	}

	static DecisionsForm of(MinutesView minutes) {
		return new DecisionsForm(minutes.decisions().stream().map(DecisionForm::of).toList(),
				minutes.decisionsVersion());
	}

	DecisionsForm withFreeRows(int count) {
		List<DecisionForm> rows = new ArrayList<>(decisions.stream().filter(row -> !row.isBlank()).toList());
		for (int i = 0; i < count; i++) {
			rows.add(new DecisionForm(null));
		}
		return new DecisionsForm(rows, version);
	}

}
