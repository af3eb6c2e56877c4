package org.passerelle.partnership;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

/**
 * What other modules and pages see of an activity. {@code subjectLabel} names what it concerns: the parties of
 * its partnership ("Issy-les-Moulineaux – 구로구") or the organization's own name. {@code title} and
 * {@code description} are the originals; {@code titleText} and {@code descriptionText} (null: none) what pages show.
 */
public record ActivityView(long id, long version, Long partnershipId, Long organizationId, String subjectLabel,
		String title, String description, PartialDate starts, PartialDate ends, ActivityStatus status,
		PartialDate postponedTo, boolean archived, LocalizedText titleText, LocalizedText descriptionText) {

	/** Title and description in one language each, told by their script. */
	public ActivityView(long id, long version, Long partnershipId, Long organizationId, String subjectLabel,
			String title, String description, PartialDate starts, PartialDate ends, ActivityStatus status,
			PartialDate postponedTo, boolean archived) {
		this(id, version, partnershipId, organizationId, subjectLabel, title, description, starts, ends, status,
				postponedTo, archived, LocalizedText.of(title),
				LocalizedText.ofNullable(description, null, null, null, null));
	}

	/**
	 * The latest day any of its dates (start, end, postponed to) may mean; null when undated. Lists put the
	 * most recent first by this day.
	 */
	public LocalDate mostRecentDay() {
		return latestDay(starts, ends, postponedTo);
	}

	/**
	 * Whether its date is past and it is not done: planned or ongoing after the end of its end date (a planned one
	 * without an end: of its start date), postponed after the end of the date it was postponed to. A partial date is
	 * past once its whole period is ({@code 2021} from 2022-01-01 on). Done, cancelled and undated ones never are.
	 * Told at rendering from the application's clock ({@code ui.today()}), never stored: views are kept in caches.
	 */
	public boolean overdue(LocalDate today) {
		PartialDate due = switch (status) {
			case PLANNED -> ends != null ? ends : starts;
			case ONGOING -> ends;
			case POSTPONED -> postponedTo;
			case DONE, CANCELLED -> null;
		};
		return due != null && today != null && due.latestDay().isBefore(today);
	}

	/** The latest day any of the dates may mean; null when all are null. */
	static LocalDate latestDay(PartialDate... dates) {
		return Stream.of(dates)
			.filter(java.util.Objects::nonNull)
			.map(PartialDate::latestDay)
			.max(LocalDate::compareTo)
			.orElse(null);
	}

	/**
	 * Whether it happens in a year: between the start and the end (an ongoing activity without an end runs
	 * until {@code thisYear}, the year of the application's clock), or in the year it was postponed to.
	 */
	public boolean happensIn(int year, Year thisYear) {
		if (postponedTo != null && postponedTo.earliestDay().getYear() <= year
				&& year <= postponedTo.latestDay().getYear()) {
			return true;
		}
		PartialDate first = starts != null ? starts : ends;
		if (first == null) {
			return false;
		}
		int from = first.earliestDay().getYear();
		int to = ends != null ? ends.latestDay().getYear()
				: (status == ActivityStatus.ONGOING ? Math.max(thisYear.getValue(), first.latestDay().getYear())
						: first.latestDay().getYear());
		return from <= year && year <= to;
	}

}
