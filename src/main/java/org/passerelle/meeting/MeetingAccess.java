package org.passerelle.meeting;

import java.util.Optional;

import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Who the current reader is for the meetings' rules, and the same rules as SQL for lists: a meeting is listed
 * when {@link MeetingViewer#canRead} would show it. Public for the module's sub-packages (minutes, action items,
 * attachments, documents), whose pages and lists ask here too.
 */
@Component
public class MeetingAccess {

	/** The current reader: the signed-in user and the directory person their account is linked to. */
	public MeetingViewer viewer() {
		return CurrentUser.get().map(MeetingAccess::viewer).orElse(MeetingViewer.ANONYMOUS);
	}

	public static MeetingViewer viewer(PasserelleUser user) {
		return new MeetingViewer(user);
	}

	/** The reader may read this meeting: sign-in asked of anonymous readers, 403 for others. */
	public MeetingViewer requireRead(MeetingView meeting) {
		MeetingViewer viewer = viewer();
		if (!viewer.canRead(meeting)) {
			if (meeting.archived() && !viewer.coordinates()) {
				throw new org.passerelle.shared.NotFoundException("meeting", meeting.id());
			}
			CurrentUser.require(user -> false);
		}
		return viewer;
	}

	/**
	 * The reader may read the meeting and reply to the invitation of this organization or person
	 * ({@link MeetingViewer#canReply}): 403 (or sign-in) otherwise. Empty when the meeting has no such invitation,
	 * which pages and API answer each in their way.
	 */
	public Optional<PasserelleUser> requireReply(MeetingView meeting, Long organizationId, Long personId) {
		MeetingViewer viewer = requireRead(meeting);
		int index = MeetingManagement.indexOf(meeting.invitations(), organizationId, personId);
		if (index < 0) {
			return Optional.empty();
		}
		Invitation invitation = meeting.invitations().get(index);
		return Optional.of(CurrentUser.require(signedIn -> viewer.canReply(invitation)));
	}

	/** Whether the current reader is a coordinator or an administrator (what {@link #requireCoordinator} asks). */
	public static boolean coordinates() {
		return CurrentUser.get().map(PasserelleUser::editsEverything).orElse(false);
	}

	/** Coordinators and administrators. */
	public static PasserelleUser requireCoordinator() {
		return CurrentUser.require(PasserelleUser::editsEverything);
	}

	/** The SQL condition "the meeting {@code alias} is listed for the viewer", with {@link #parameters}. */
	public static String visible(String alias) {
		return "(" + alias + ".archived = false and (" + alias + ".visibility = 'PUBLIC' or :viewerCoordinates"
				+ " or (:viewerSignedIn and " + alias + ".visibility = 'MEMBERS')"
				+ " or (:viewerSignedIn and exists (select 1 from meeting_invitation vi where vi.meeting_id = " + alias
				+ ".id and (vi.person_id = :viewerPerson or vi.organization_id = :viewerOrganization)))))";
	}

	public static MapSqlParameterSource parameters(MeetingViewer viewer) {
		return new MapSqlParameterSource().addValue("viewerCoordinates", viewer.coordinates())
			.addValue("viewerSignedIn", viewer.signedIn())
			.addValue("viewerPerson", viewer.personId() == null ? -1L : viewer.personId())
			.addValue("viewerOrganization", viewer.organizationId() == null ? -1L : viewer.organizationId());
	}

}
