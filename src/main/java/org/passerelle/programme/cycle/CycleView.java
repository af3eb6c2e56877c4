package org.passerelle.programme.cycle;

import java.time.Instant;
import java.util.List;

import org.passerelle.programme.panel.PanelWeights;

/** A cycle with its seminars in their order. */
public record CycleView(long id, long version, long groupId, int year, PanelWeights weights, Instant panelsConfirmedAt,
		List<SeminarView> seminars) {

	static CycleView of(SeminarCycle cycle, List<Seminar> seminars) {
		return new CycleView(cycle.getId(), cycle.getVersion(), cycle.getGroupId(), cycle.getYear(), cycle.weights(),
				cycle.getPanelsConfirmedAt(), seminars.stream().map(SeminarView::of).toList());
	}

	public boolean panelsConfirmed() {
		return panelsConfirmedAt != null;
	}

}
