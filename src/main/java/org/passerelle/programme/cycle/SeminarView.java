package org.passerelle.programme.cycle;

import java.util.List;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

/** A seminar as pages, the API and the other parts of the programme read it. */
public record SeminarView(long id, long version, long cycleId, int position, String themeCode, LocalizedText title,
		PartialDate targetPeriod, int durationMinutes, SeminarFormat format, SeminarStatus status, Long meetingId,
		List<SeminarHost> hosts) {

	static SeminarView of(Seminar seminar) {
		return new SeminarView(seminar.getId(), seminar.getVersion(), seminar.getCycleId(), seminar.getPosition(),
				seminar.getThemeCode(), seminar.getTitle(), seminar.getTargetPeriod(), seminar.getDurationMinutes(),
				seminar.getFormat(), seminar.getStatus(), seminar.getMeetingId(), seminar.getHosts());
	}

	public List<Long> hostIds() {
		return hosts.stream().map(SeminarHost::organizationId).toList();
	}

}
