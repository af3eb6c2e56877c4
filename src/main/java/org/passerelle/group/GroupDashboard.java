package org.passerelle.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.passerelle.partnership.ActivityRegistry;
import org.passerelle.partnership.ActivityView;
import org.passerelle.partnership.Instrument;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.partnership.ThemeView;
import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/**
 * Computes the figures of a group's home page from the partnerships of its member organizations. They are the same
 * for every reader of a language, signed in or not, so they are kept per group and language until the data changes.
 */
@Component
class GroupDashboard {

	static final int LATEST_ACTIVITIES = 8;

	/** Per day too: the latest activities are those begun by today, so tomorrow's page is computed afresh. */
	private record Key(long groupId, String language, java.time.LocalDate today) {
	}

	private final PartnershipRegistry partnerships;

	private final ActivityRegistry activities;

	private final DataCache<Key, GroupFigures> kept;

	GroupDashboard(PartnershipRegistry partnerships, ActivityRegistry activities, DataGeneration generation) {
		this.partnerships = partnerships;
		this.activities = activities;
		this.kept = new DataCache<>(generation);
	}

	GroupFigures figures(CountryGroup group, Ui ui) {
		return kept.get(new Key(group.getId(), ui.lang(), ui.today()), key -> compute(group, ui));
	}

	private GroupFigures compute(CountryGroup group, Ui ui) {
		List<Long> members = group.memberOrganizationIds();
		Map<Instrument, Long> byInstrument = partnerships.countByInstrument(members);
		Map<String, ThemeView> themes = partnerships.themes()
			.stream()
			.collect(Collectors.toMap(ThemeView::code, Function.identity()));
		List<GroupFigures.Count> instrumentCounts = new ArrayList<>();
		byInstrument.forEach((instrument, count) -> instrumentCounts.add(new GroupFigures.Count(instrument.name(),
				ui.label("partnership.instrument", instrument), count)));
		List<GroupFigures.Count> themeCounts = new ArrayList<>();
		partnerships.countByTheme(members).forEach((code, count) -> themeCounts.add(new GroupFigures.Count(code,
				themes.containsKey(code) ? ui.name(themes.get(code).name()) : code, count)));
		long total = byInstrument.values().stream().mapToLong(Long::longValue).sum();
		List<ActivityView> latest = activities.latestBegun(members, LATEST_ACTIVITIES, ui.today());
		return new GroupFigures(members.size(), total, List.copyOf(instrumentCounts), List.copyOf(themeCounts),
				List.copyOf(latest));
	}

}
