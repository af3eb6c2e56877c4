package org.passerelle.meeting.actionitem;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingAccess;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.MeetingViewer;
import org.passerelle.meeting.Visibility;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of action items, read with their own columns on the real database: a meeting's in the order recorded, an
 * organization's or a group's open ones (not done nor cancelled) of the meetings the reader may read, open first then
 * by due date (undated last), and a page with its total.
 */
@IntegrationTest
class ActionItemManagementTests {

	@Autowired
	ActionItemManagement items;

	@Autowired
	MeetingFixture fixture;

	@Test
	void listsKeepOpenItemsOfReadableMeetingsInTheirOrder() {
		String token = TestData.unique();
		MeetingView open = fixture.seedLike("Publique " + token, Visibility.PUBLIC);
		MeetingView members = fixture.seedLike("Membres " + token, Visibility.MEMBERS);
		long owner = fixture.town("Porteuse " + token);
		ActionItemView undated = item(open, owner, "Sans échéance", null, ActionItemStatus.OPEN);
		ActionItemView later = item(open, owner, "Plus tard", "2022", ActionItemStatus.IN_PROGRESS);
		ActionItemView done = item(open, owner, "Fait", "2020", ActionItemStatus.DONE);
		ActionItemView sooner = item(open, owner, "Bientôt", "2021-03", ActionItemStatus.OPEN);
		ActionItemView cancelled = item(open, owner, "Annulé", "2021-01", ActionItemStatus.CANCELLED);
		ActionItemView forMembers = item(members, owner, "Pour les membres", "2021-02", ActionItemStatus.OPEN);
		MeetingViewer member = MeetingAccess.viewer(new PasserelleUser(TestData.NO_SUCH_ID - 1, "m@" + token + ".test",
				"{noop}x", "Membre", Role.MEMBER, owner, true));

		assertThat(items.ofMeeting(open.id())).extracting(ActionItemView::id)
			.containsExactly(undated.id(), later.id(), done.id(), sooner.id(), cancelled.id());
		assertThat(items.ofMeeting(open.id()).get(1)).isEqualTo(items.find(later.id()).orElseThrow());
		assertThat(items.ofMeeting(open.id()).get(3).due()).isEqualTo(PartialDate.ofMonth(2021, 3));

		assertThat(items.openOf(owner, MeetingViewer.ANONYMOUS)).extracting(ActionItemView::id)
			.containsExactly(sooner.id(), later.id(), undated.id());
		assertThat(items.openOf(owner, member)).extracting(ActionItemView::id)
			.containsExactly(forMembers.id(), sooner.id(), later.id(), undated.id());
		assertThat(items.openInGroup(open.groupId(), member)).extracting(ActionItemView::id)
			.containsSubsequence(forMembers.id(), sooner.id(), later.id(), undated.id())
			.doesNotContain(done.id(), cancelled.id());

		ActionItemFilter ofOwner = new ActionItemFilter(null, owner, null, null);
		Page<ActionItemView> first = items.search(ofOwner, member, PageRequest.of(0, 2));
		assertThat(first.getTotalElements()).isEqualTo(6);
		assertThat(first.getContent()).extracting(ActionItemView::id).containsExactly(forMembers.id(), sooner.id());
		assertThat(items.search(ofOwner, member, PageRequest.of(2, 2)).getContent()).extracting(ActionItemView::id)
			.containsExactly(done.id(), cancelled.id());
		Page<ActionItemView> anonymous = items.search(ofOwner, MeetingViewer.ANONYMOUS, PageRequest.of(0, 10));
		assertThat(anonymous.getTotalElements()).isEqualTo(5);
		assertThat(anonymous.getContent()).extracting(ActionItemView::id).doesNotContain(forMembers.id());
	}

	private ActionItemView item(MeetingView meeting, long owner, String title, String due, ActionItemStatus status) {
		return items.create(new ActionItemForm(meeting.id(), owner, title, due, status, null));
	}

}
