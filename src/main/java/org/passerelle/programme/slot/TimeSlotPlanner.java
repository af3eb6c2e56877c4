package org.passerelle.programme.slot;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.shared.CountryZone;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seminar time slots for a group: its office hours per zone ({@code programme_office_hours}, the usual 9:00–18:00
 * where it set none) handed to the pure {@link TimeSlotFinder}. The zones are the association's (the day and the
 * slots are in its time) and the group's partner country's, both from {@link CountryZone}; without a group, Paris and
 * Seoul. Only coordinators change the hours ({@link ProgrammePermissions}).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class TimeSlotPlanner {

	/** The longest seminar asked for: a day. */
	public static final int MAX_DURATION_MINUTES = 24 * 60;

	private final NamedParameterJdbcTemplate jdbc;

	private final GroupManagement groups;

	private final Clock clock;

	TimeSlotPlanner(NamedParameterJdbcTemplate jdbc, GroupManagement groups, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.clock = clock;
	}

	/** The zones a group's slots are found in: the association's first, then its partner country's if it has one. */
	public static List<ZoneId> zones(CountryGroup group) {
		List<ZoneId> zones = new ArrayList<>(List.of(CountryZone.ASSOCIATION.zone()));
		CountryZone partner = group == null ? CountryZone.KOREA
				: CountryZone.partner(group.getPartnerCountry()).orElse(null);
		if (partner != null && !zones.contains(partner.zone())) {
			zones.add(partner.zone());
		}
		return zones;
	}

	/** The group's office hours, in the order of {@link #zones}; the usual ones without a group. */
	public List<OfficeHours> officeHours(CountryGroup group) {
		Map<ZoneId, OfficeHours> stored = new HashMap<>();
		if (group != null) {
			jdbc.query("select zone, opens, closes from programme_office_hours where group_id = :group",
					Map.of("group", group.getId()), row -> {
						ZoneId zone = ZoneId.of(row.getString("zone"));
						stored.put(zone, new OfficeHours(zone, row.getObject("opens", LocalTime.class),
								row.getObject("closes", LocalTime.class)));
					});
		}
		return zones(group).stream().map(zone -> stored.getOrDefault(zone, OfficeHours.usual(zone))).toList();
	}

	/** The start times on {@code day} for a seminar of this length. */
	public TimeSlots find(CountryGroup group, LocalDate day, Duration duration) {
		return TimeSlotFinder.find(day, duration, officeHours(group));
	}

	/** The group of that id, or the answer an unknown one gets: a message next to {@code field}. */
	public CountryGroup group(long groupId, String field) {
		try {
			return groups.get(groupId);
		}
		catch (NotFoundException ex) {
			throw new InvalidFieldException(field, "programme.slot.unknownGroup", "No group with id " + groupId,
					String.valueOf(groupId));
		}
	}

	/**
	 * Replaces the group's office hours, one entry per zone of {@link #zones} (the usual hours are stored too, so
	 * that a later change of the default does not move them).
	 *
	 * @throws InvalidFieldException on a time that is none, or hours that close before they open
	 */
	@Transactional
	public void saveOfficeHours(long groupId, List<OfficeHoursEntry> entries, PasserelleUser editor) {
		ProgrammePermissions.requireManager(ProgrammePermissions.of(editor));
		CountryGroup group = groups.get(groupId);
		List<ZoneId> zones = zones(group);
		List<OfficeHours> hours = new ArrayList<>();
		for (int index = 0; index < zones.size(); index++) {
			OfficeHoursEntry entry = index < entries.size() ? entries.get(index) : null;
			LocalTime opens = time(entry == null ? null : entry.opens(), "opens" + index);
			LocalTime closes = time(entry == null ? null : entry.closes(), "closes" + index);
			if (!opens.isBefore(closes)) {
				throw new InvalidFieldException("closes" + index, "programme.slot.closesBeforeOpens",
						"Office hours must close after they open");
			}
			hours.add(new OfficeHours(zones.get(index), opens, closes));
		}
		Timestamp now = Timestamp.from(clock.instant());
		for (OfficeHours one : hours) {
			jdbc.update("insert into programme_office_hours (group_id, zone, opens, closes, updated_by, updated_at) "
					+ "values (:group, :zone, :opens, :closes, :editor, :now) on conflict (group_id, zone) do update "
					+ "set opens = excluded.opens, closes = excluded.closes, updated_by = excluded.updated_by, "
					+ "updated_at = excluded.updated_at",
					new MapSqlParameterSource().addValue("group", groupId)
						.addValue("zone", one.zone().getId())
						.addValue("opens", one.opens())
						.addValue("closes", one.closes())
						.addValue("editor", editor == null ? null : editor.id())
						.addValue("now", now));
		}
	}

	/** One zone's hours as typed ("09:00"), in the order of {@link #zones}. */
	public record OfficeHoursEntry(String opens, String closes) {
	}

	/** A seminar's day as written in a request: {@code YYYY-MM-DD}. */
	public static LocalDate parseDate(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException(field, "programme.slot.dateRequired", "The seminar's date is required");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException(field, "programme.slot.dateInvalid",
					"The date must be written YYYY-MM-DD", text.strip());
		}
	}

	/** A seminar's length in minutes as written in a request: a whole number from 1 to a day. */
	public static Duration parseDuration(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException(field, "programme.slot.durationRequired", "The duration is required");
		}
		int minutes;
		try {
			minutes = Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidFieldException(field, "programme.slot.durationRange",
					"The duration is a whole number of minutes from 1 to 1440", String.valueOf(MAX_DURATION_MINUTES));
		}
		if (minutes <= 0 || minutes > MAX_DURATION_MINUTES) {
			throw new InvalidFieldException(field, "programme.slot.durationRange",
					"The duration is a whole number of minutes from 1 to 1440", String.valueOf(MAX_DURATION_MINUTES));
		}
		return Duration.ofMinutes(minutes);
	}

	private static LocalTime time(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException(field, "programme.slot.timeInvalid", "A time such as 09:00 is required");
		}
		try {
			return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException(field, "programme.slot.timeInvalid", "A time such as 09:00 is required");
		}
	}

}
