package org.passerelle.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * The agenda page's rows, in order, and the version of the agenda they were read at ({@link MeetingView#agendaVersion}):
 * a save from a stale copy is refused.
 */
public record AgendaForm(@Valid List<AgendaItemForm> items, Long version) {

	public AgendaForm {
		items = items == null ? new ArrayList<>() : new ArrayList<>(items);
	}

	static AgendaForm of(MeetingView meeting) {
		return new AgendaForm(meeting.agenda()
			.stream()
			.map(AgendaItemForm::of)
			.toList(), meeting.agendaVersion());
	}

	AgendaForm withFreeRows(int count) {
		List<AgendaItemForm> rows = new ArrayList<>(items.stream().filter(row -> !row.isBlank()).toList());
		for (int i = 0; i < count; i++) {
			rows.add(new AgendaItemForm(null, null, null, null));
		}
		return new AgendaForm(rows, version);
	}

}
