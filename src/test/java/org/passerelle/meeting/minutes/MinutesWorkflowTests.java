package org.passerelle.meeting.minutes;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DRAFT → REVIEW → PUBLISHED, amendments kept as revisions, and every other move refused. */
@IntegrationTest
class MinutesWorkflowTests {

	@Autowired
	MeetingFixture fixture;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	MinutesRecords records;

	@Autowired
	MinutesRevisions revisions;

	MeetingView meeting;

	@BeforeEach
	void setUp() {
		meeting = fixture.seedLike("Workflow " + TestData.unique(), Visibility.PUBLIC);
		SecurityContextHolder.clearContext();
	}

	@org.junit.jupiter.api.AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void signIn(PasserelleUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@Test
	void draftIsReviewedThenPublishedAsTheFirstRevisionByTheUserPassed() {
		// the services take the acting user as an argument: whoever the thread-local holds is not the author
		signIn(new PasserelleUser(4242L, "intrus@example.org", "{noop}x", "Intrus", Role.ADMIN, null, true));
		PasserelleUser coordinator = TestAccounts.user(Role.COORDINATOR, null);
		PasserelleUser member = TestAccounts.user(Role.MEMBER, fixture.town("Relectrice " + TestData.unique()));
		fixture.sections(meeting.id(), List.of(new SectionForm("1. Propos introductifs", "Texte *initial*")));

		assertThat(workflow.submitForReview(meeting.id()).status()).isEqualTo(MinutesStatus.REVIEW);
		workflow.comment(meeting.id(), "Ajouter la GAOK", member);
		assertThat(workflow.publish(meeting.id(), null, coordinator).status()).isEqualTo(MinutesStatus.PUBLISHED);

		assertThat(workflow.revisions(meeting.id())).singleElement().satisfies(revision -> {
			assertThat(revision.number()).isEqualTo(1);
			assertThat(revision.kind()).isEqualTo(RevisionKind.PUBLICATION);
			assertThat(revision.createdBy()).isEqualTo("COORDINATOR");
		});
		assertThat(workflow.comments(meeting.id())).extracting(CommentView::body).containsExactly("Ajouter la GAOK");
		assertThat(workflow.comments(meeting.id())).extracting(CommentView::authorName).containsExactly("MEMBER");
		assertThat(workflow.latest(meeting.id()).orElseThrow().sections())
			.containsExactly(new SectionText("1. Propos introductifs", "<p>Texte <em>initial</em></p>"));
	}

	@Test
	void minutesAndRevisionsReadForPagesAreWhatTheirAggregatesGive() {
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Version *1*"), new SectionForm(null, "Suite")));
		fixture.decisions(meeting.id(), List.of(new DecisionForm("Première décision"), new DecisionForm("Seconde")));
		assertThat(workflow.latest(meeting.id())).isEmpty();
		assertThat(workflow.minutes(meeting.id())).isEqualTo(MinutesView.of(records.findById(meeting.id()).orElseThrow()));

		workflow.submitForReview(meeting.id());
		workflow.publish(meeting.id(), "Première publication", null);
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Version 2")));
		workflow.amend(meeting.id(), "Correction", null);

		assertThat(workflow.minutes(meeting.id())).isEqualTo(MinutesView.of(records.findById(meeting.id()).orElseThrow()));
		List<MinutesRevisionView> stored = revisions.findAll()
			.stream()
			.map(MinutesRevision::view)
			.filter(revision -> revision.meetingId() == meeting.id())
			.sorted(java.util.Comparator.comparingInt(MinutesRevisionView::number))
			.toList();
		assertThat(stored).hasSize(2);
		assertThat(workflow.revision(meeting.id(), 1)).contains(stored.get(0));
		assertThat(workflow.latest(meeting.id())).contains(stored.get(1));
		assertThat(stored.get(0).decisions()).containsExactly("Première décision", "Seconde");
		assertThat(workflow.revision(meeting.id(), 3)).isEmpty();
	}

	@Test
	void anAmendmentKeepsTheEarlierRevisionAndNeedsANoteAndAChange() {
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Version 1")));
		workflow.submitForReview(meeting.id());
		workflow.publish(meeting.id(), "Première publication", null);

		assertThatThrownBy(() -> workflow.amend(meeting.id(), "rien", null))
			.isInstanceOfSatisfying(MinutesTransitionException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("meeting.minutes.nothingToAmend"));
		fixture.sections(meeting.id(), List.of(new SectionForm("Synthèse", "Version 2")));
		assertThat(workflow.hasUnpublishedChanges(workflow.minutes(meeting.id()))).isTrue();
		assertThatThrownBy(() -> workflow.amend(meeting.id(), " ", null)).isInstanceOfSatisfying(InvalidFieldException.class,
				ex -> assertThat(ex.field()).isEqualTo("note"));
		assertThat(workflow.latest(meeting.id()).orElseThrow().sections().get(0).html()).contains("Version 1");

		workflow.amend(meeting.id(), "Correction du nom de Daejeon", null);

		assertThat(workflow.revisions(meeting.id())).extracting(RevisionSummary::kind)
			.containsExactly(RevisionKind.PUBLICATION, RevisionKind.AMENDMENT);
		assertThat(workflow.revision(meeting.id(), 1).orElseThrow().sections().get(0).html()).contains("Version 1");
		MinutesRevisionView second = workflow.revision(meeting.id(), 2).orElseThrow();
		assertThat(second.sections().get(0).html()).contains("Version 2");
		assertThat(second.note()).isEqualTo("Correction du nom de Daejeon");
		assertThat(second.createdBy()).isNull();
		assertThat(workflow.hasUnpublishedChanges(workflow.minutes(meeting.id()))).isFalse();
	}

	@Test
	void illegalMovesAreRefused() {
		long town = fixture.town("Relectrice " + TestData.unique());
		assertRefused(() -> workflow.publish(meeting.id(), null, null), MinutesStatus.DRAFT);
		assertRefused(() -> workflow.amend(meeting.id(), "note", null), MinutesStatus.DRAFT);
		assertRefused(() -> workflow.returnToDraft(meeting.id()), MinutesStatus.DRAFT);
		assertRefused(() -> workflow.comment(meeting.id(), "trop tôt", TestAccounts.user(Role.MEMBER, town)),
				MinutesStatus.DRAFT);

		workflow.submitForReview(meeting.id());
		assertRefused(() -> workflow.submitForReview(meeting.id()), MinutesStatus.REVIEW);
		assertRefused(() -> workflow.amend(meeting.id(), "note", null), MinutesStatus.REVIEW);
		assertThatThrownBy(() -> workflow.publish(meeting.id(), null, null))
			.isInstanceOfSatisfying(MinutesTransitionException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("meeting.minutes.nothingToPublish"));
		assertThat(workflow.returnToDraft(meeting.id()).status()).isEqualTo(MinutesStatus.DRAFT);

		fixture.decisions(meeting.id(), List.of(new DecisionForm("Trois séminaires en 2021")));
		workflow.submitForReview(meeting.id());
		workflow.publish(meeting.id(), null, null);
		assertRefused(() -> workflow.submitForReview(meeting.id()), MinutesStatus.PUBLISHED);
		assertRefused(() -> workflow.publish(meeting.id(), null, null), MinutesStatus.PUBLISHED);
		assertRefused(() -> workflow.returnToDraft(meeting.id()), MinutesStatus.PUBLISHED);
		assertThat(workflow.revisions(meeting.id())).hasSize(1);
	}

	private static void assertRefused(Runnable move, MinutesStatus from) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(MinutesTransitionException.class,
				ex -> assertThat(ex.status()).isEqualTo(from));
	}

}
