package org.passerelle.meeting.attachment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachments are stored in PostgreSQL once their size, kind and name are checked. */
@IntegrationTest
class AttachmentManagementTests {

	@Autowired
	MeetingFixture fixture;

	@Autowired
	AttachmentManagement attachments;

	MeetingView meeting;

	@BeforeEach
	void setUp() {
		meeting = fixture.seedLike("Pièces " + TestData.unique(), Visibility.PUBLIC);
	}

	@Test
	void storesTheSlidesWithTheSniffedTypeAndGivesThemBack() {
		byte[] slides = AttachmentTypeTests.office("ppt/");
		AttachmentView stored = attachments.store(meeting.id(), "C:\\Users\\cuf\\feuille-de-route-2021.pptx", slides,
				org.passerelle.support.TestAccounts.user(org.passerelle.shared.security.Role.COORDINATOR, null));

		assertThat(stored.name()).isEqualTo("feuille-de-route-2021.pptx");
		assertThat(stored.uploadedBy()).isEqualTo("COORDINATOR");
		assertThat(stored.contentType()).isEqualTo(AttachmentType.PPTX.contentType());
		assertThat(stored.size()).isEqualTo(slides.length);
		assertThat(attachments.ofMeeting(meeting.id())).extracting(AttachmentView::id).containsExactly(stored.id());
		assertThat(attachments.content(meeting.id(), stored.id()).orElseThrow().bytes()).isEqualTo(slides);
		assertThat(attachments.content(meeting.id() + 1_000_000, stored.id())).isEmpty();

		attachments.delete(meeting.id(), stored.id());
		assertThat(attachments.ofMeeting(meeting.id())).isEmpty();
	}

	@Test
	void refusesEmptyLargeDisguisedAndUnknownFiles() {
		assertRefused("vide.pdf", new byte[0], "meeting.attachment.empty");
		byte[] large = new byte[(int) AttachmentManagement.MAX_SIZE + 1];
		System.arraycopy(AttachmentTypeTests.pdf(), 0, large, 0, 8);
		assertRefused("gros.pdf", large, "meeting.attachment.tooLarge");
		assertRefused("page.pdf", "<html><script>alert(1)</script>".getBytes(), "meeting.attachment.typeRefused");
		assertRefused("slides.pptx", AttachmentTypeTests.pdf(), "meeting.attachment.nameMismatch");
		assertThat(attachments.ofMeeting(meeting.id())).isEmpty();
	}

	private void assertRefused(String name, byte[] content, String key) {
		assertThatThrownBy(() -> attachments.store(meeting.id(), name, content, null))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("file", null);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

}
