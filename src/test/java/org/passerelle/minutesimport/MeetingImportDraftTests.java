package org.passerelle.minutesimport;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.MeetingFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** What the review screen says next to a row, and under the table, comes from the draft's warnings. */
class MeetingImportDraftTests {

	private static MeetingImportDraft.Row row(String person) {
		return new MeetingImportDraft.Row(null, null, person, null, null, null, null, null, AttendanceStatus.PRESENT,
				false);
	}

	private final MeetingImportDraft draft = new MeetingImportDraft("Réunion", null, null, null, "Europe/Paris",
			MeetingFormat.VIDEOCONFERENCE, List.of(row("Camille Vialay"), row("Min-jun Kim")), List.of(),
			List.of(new MeetingImportDraft.Warning("importing.warning.noOrganization", List.of("Camille Vialay")),
					new MeetingImportDraft.Warning("importing.warning.skippedLine", List.of("— voir annexe —")),
					new MeetingImportDraft.Warning("importing.warning.singleName", List.of("Camille Vialay")),
					new MeetingImportDraft.Warning("importing.warning.skippedText", List.of("ainsi que d'autres")),
					new MeetingImportDraft.Warning("importing.warning.noDate", List.of()),
					new MeetingImportDraft.Warning("importing.warning.zoneAssumed", List.of("Europe/Paris"))));

	@Test
	void aRowIsToldTheWarningsThatNameItsPerson() {
		assertThat(draft.notesOn(draft.attendance().get(0))).extracting(MeetingImportDraft.Warning::key)
			.containsExactly("importing.warning.noOrganization", "importing.warning.singleName");
		assertThat(draft.notesOn(draft.attendance().get(1))).isEmpty();
		assertThat(draft.notesOn(row(null))).isEmpty();
	}

	@Test
	void theZoneFieldIsToldTheZoneWasAssumed() {
		assertThat(draft.zoneNotes()).containsExactly(
				new MeetingImportDraft.Warning("importing.warning.zoneAssumed", List.of("Europe/Paris")));
		assertThat(draft.withWarnings(List.of()).zoneNotes()).isEmpty();
	}

	@Test
	void theLinesNotPlacedAreListedAsWritten() {
		assertThat(draft.unplacedLines()).containsExactly("— voir annexe —", "ainsi que d'autres");
	}

}
