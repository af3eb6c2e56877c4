package org.passerelle.programme.panels;

import java.util.List;
import java.util.Map;

import org.passerelle.directory.OrganizationSummary;
import org.passerelle.group.CountryGroup;
import org.passerelle.programme.cycle.CycleView;
import org.passerelle.programme.cycle.SeminarStatus;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.programme.panel.LevelGroup;
import org.passerelle.programme.panel.PanelResult;
import org.passerelle.programme.panel.SizeBand;

/**
 * What the panels' page and API show of a cycle: each seminar with its hosts as recorded, described by the directory
 * (country, level group, size band), the organizations that could still be locked on it, and the score of the hosts
 * as they stand ({@code score} is null while no seminar has a host yet).
 */
public record PanelBoard(CountryGroup group, CycleView cycle, boolean consulted, List<SeminarPanel> seminars,
		PanelResult score, Map<Long, OrganizationSummary> organizations) {

	/** One seminar's panel; {@code candidates}: the organizations willing and available for it, not on the panel. */
	public record SeminarPanel(SeminarView seminar, List<HostRow> hosts, List<HostRow> candidates) {

		/** Confirmed (or beyond): what visitors may see. */
		public boolean confirmed() {
			return seminar.status() == SeminarStatus.PANEL_CONFIRMED || seminar.status() == SeminarStatus.SCHEDULED
					|| seminar.status() == SeminarStatus.HELD;
		}

	}

	public record HostRow(OrganizationSummary organization, LevelGroup level, SizeBand size, boolean locked) {
	}

	public String organizationName(long organizationId) {
		OrganizationSummary organization = organizations.get(organizationId);
		return organization == null ? "#" + organizationId : organization.name().nativeName();
	}

	public SeminarView seminar(long seminarId) {
		return cycle.seminars().stream().filter(seminar -> seminar.id() == seminarId).findFirst().orElse(null);
	}

}
