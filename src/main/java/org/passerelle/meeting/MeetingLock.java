package org.passerelle.meeting;

import java.sql.ResultSet;
import java.util.Map;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How concurrent changes of a meeting keep out of each other's way, for the meeting and its minutes alike (public
 * for the {@code minutes} sub-package). Every change of a meeting or of its minutes first locks the meeting's row
 * and reads after; a reply locks it in share mode. And each list (agenda, invitations, attendance, sections,
 * decisions) has its own version: a form saved from a stale copy of a list is refused, a change to another list is
 * not.
 */
@Component
public class MeetingLock {

	private final NamedParameterJdbcTemplate jdbc;

	MeetingLock(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the meeting's row to change the meeting or its minutes, until the transaction ends ("no key update": rows
	 * pointing at the meeting, like action items, are still added meanwhile). Taken before reading, so that what is
	 * saved was read after any change committed before. 404 when unknown.
	 */
	public void forChange(long meetingId) {
		lock(meetingId, "for no key update");
	}

	/** Share mode, for a reply: replies do not wait for each other, a change of the meeting waits for them. */
	public void forReply(long meetingId) {
		lock(meetingId, "for share");
	}

	/** A list saved from a copy older (or newer) than the stored one would overwrite someone else's change. */
	public static void checkVersion(String list, long current, long readVersion) {
		if (readVersion != current) {
			throw new OptimisticLockingFailureException(
					"the " + list + " changed since version " + readVersion + " (now " + current + ")");
		}
	}

	/** Pages, API clients and programs send back the version they read: 400 without one. */
	public static long requireVersion(Long version) {
		if (version == null) {
			throw new InvalidFieldException("version", "validation.versionRequired", "version is required to update");
		}
		return version;
	}

	private void lock(long meetingId, String mode) {
		Boolean found = jdbc.query("select id from meeting where id = :id " + mode, Map.of("id", meetingId),
				(ResultSetExtractor<Boolean>) ResultSet::next);
		if (!Boolean.TRUE.equals(found)) {
			throw new NotFoundException("meeting", meetingId);
		}
	}

}
