package org.passerelle.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.account.AccountManagement;
import org.passerelle.directory.Directory;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.group.GroupForm;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.AttendanceForm;
import org.passerelle.meeting.AttendanceStatus;
import org.passerelle.meeting.InvitationForm;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.meeting.Visibility;
import org.passerelle.meeting.actionitem.ActionItemForm;
import org.passerelle.meeting.actionitem.ActionItemManagement;
import org.passerelle.meeting.actionitem.ActionItemStatus;
import org.passerelle.meeting.attachment.AttachmentManagement;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.notification.Mailer;
import org.passerelle.notification.OutgoingMail;
import org.passerelle.partnership.ActivityRegistry;
import org.passerelle.partnership.ActivityStatus;
import org.passerelle.partnership.Instrument;
import org.passerelle.partnership.PartnershipFixture;
import org.passerelle.partnership.PartnershipRegistry;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.SeminarForm;
import org.passerelle.programme.cycle.SeminarFormat;
import org.passerelle.shared.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.support.Actor.ADMIN;
import static org.passerelle.support.Actor.ANONYMOUS;
import static org.passerelle.support.Actor.COORDINATOR;
import static org.passerelle.support.Actor.OTHER_MEMBER;
import static org.passerelle.support.Actor.OWNING_MEMBER;
import static org.passerelle.support.Actor.VISITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every write route of the application, read from its own handler mapping (pages and API), called by each kind of
 * caller against real rows, answers as the rule in {@link #rules()} says. A write route that has no rule fails
 * {@link #everyWriteRouteHasARule()}, so a new route cannot be added without saying who may use it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleEndpointMatrixTests {

	/**
	 * Who calls, in the order each route is tried; the members belong to the organization that owns the fixture rows
	 * ({@link Actor#OWNING_MEMBER}), or to another one.
	 */
	static final List<Actor> CALLERS = List.of(ANONYMOUS, VISITOR, OTHER_MEMBER, OWNING_MEMBER, COORDINATOR, ADMIN);

	static final Set<Actor> ADMINS = EnumSet.of(ADMIN);

	static final Set<Actor> COORDINATORS = EnumSet.of(ADMIN, COORDINATOR);

	static final Set<Actor> OWNERS = EnumSet.of(ADMIN, COORDINATOR, OWNING_MEMBER);

	static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

	/*
	 * The table: one row per write route (POST, PUT, PATCH, DELETE, or a mapping that takes any method), e.g.
	 *
	 *     row("POST /organizations/{id}", OWNERS, w -> post("/organizations/{id}", w.own))
	 *
	 * 1. the route as the handler mapping declares it: the method, a space, the path pattern, and " [type]" when the
	 *    route is told apart by the content type it consumes ("POST /api/v1/meeting-imports [text/plain]");
	 * 2. who may: ADMINS, COORDINATORS (administrators and coordinators), OWNERS (they and a member of the
	 *    organization that owns the row), SIGNED_IN (every account), or any EnumSet of Actor. Their answer must not be a refusal: 2xx, 3xx
	 *    other than to the sign-in page, 400 or 409 (e.g. the form shown again for an empty body); never 401, 403,
	 *    404 nor a server error;
	 * 3. the request, built on the fixture rows of w; the harness adds the caller and, on pages, the CSRF token. A
	 *    request that changes or ends its target takes a fresh row (w.freshMeeting(), ...) so that no caller sees
	 *    another's change. API requests send a body that passes bean validation, since it is checked before the role.
	 *
	 * Every other caller gets the refusal of its side: a page redirects anonymous callers to /sign-in and answers
	 * 403 to the signed-in; the API answers 401 and 403. A row may state another refusal for a caller with
	 * .refusing(caller, "field", "message.key"): the form shown again (200) with that error next to the field, nothing
	 * stored. skip(route, reason) leaves out a route that is no write of ours.
	 */
	private List<Rule> rules() {
		return List.of(
				// directory
				row("POST /organizations", COORDINATORS, w -> post("/organizations")),
				row("POST /organizations/{id}", OWNERS, w -> post("/organizations/{id}", w.own)),
				row("POST /organizations/{id}/archive", COORDINATORS,
						w -> post("/organizations/{id}/archive", w.freshOrganization())),
				row("POST /people", OWNERS,
						w -> post("/people").param("affiliations[0].organizationId", str(w.own))),
				row("POST /people/{id}", OWNERS,
						w -> post("/people/{id}", w.person).param("affiliations[0].organizationId", str(w.own))),
				row("POST /people/{id}/archive", OWNERS, w -> post("/people/{id}/archive", w.freshPerson())),
				row("PUT /api/v1/organizations/{id}", OWNERS,
						w -> json(put("/api/v1/organizations/{id}", w.own), organization(w))),
				row("POST /api/v1/organizations", COORDINATORS,
						w -> json(post("/api/v1/organizations"), organization(w))),
				row("DELETE /api/v1/organizations/{id}", COORDINATORS,
						w -> delete("/api/v1/organizations/{id}", w.freshOrganization())),
				row("POST /api/v1/organizations/{id}/archive", COORDINATORS,
						w -> post("/api/v1/organizations/{id}/archive", w.freshOrganization())),
				row("POST /api/v1/people", OWNERS, w -> json(post("/api/v1/people"), person(w))),
				row("PUT /api/v1/people/{id}", OWNERS, w -> json(put("/api/v1/people/{id}", w.person), person(w))),
				row("DELETE /api/v1/people/{id}", OWNERS, w -> delete("/api/v1/people/{id}", w.freshPerson())),

				// partnerships, activities, themes
				row("POST /partnerships", OWNERS,
						w -> post("/partnerships").param("parties[0]", str(w.own)).param("parties[1]", str(w.korean)))
					.refusing(OTHER_MEMBER, "parties", "partnership.memberMustBeParty"),
				row("POST /partnerships/{id}", OWNERS,
						w -> post("/partnerships/{id}", w.partnership).param("parties[0]", str(w.own))
							.param("parties[1]", str(w.korean))),
				row("POST /partnerships/{id}/archive", OWNERS,
						w -> post("/partnerships/{id}/archive", w.freshPartnership())),
				row("POST /activities", OWNERS,
						w -> post("/activities").param("partnershipId", str(w.partnership)))
					.refusing(OTHER_MEMBER, "partnershipId", "activity.memberMustBeConcerned"),
				row("POST /activities/{id}", OWNERS,
						w -> post("/activities/{id}", w.activity).param("partnershipId", str(w.partnership))),
				row("POST /activities/{id}/archive", OWNERS, w -> post("/activities/{id}/archive", w.freshActivity())),
				row("POST /themes", COORDINATORS, w -> post("/themes")),
				row("POST /themes/{code}", COORDINATORS, w -> post("/themes/{code}", w.theme)),
				row("POST /themes/{code}/archive", COORDINATORS, w -> post("/themes/{code}/archive", w.freshTheme())),
				row("POST /themes/{code}/restore", COORDINATORS, w -> post("/themes/{code}/restore", w.freshTheme())),
				row("POST /api/v1/partnerships", OWNERS, w -> json(post("/api/v1/partnerships"), partnership(w))),
				row("PUT /api/v1/partnerships/{id}", OWNERS,
						w -> json(put("/api/v1/partnerships/{id}", w.partnership), partnership(w))),
				row("DELETE /api/v1/partnerships/{id}", OWNERS,
						w -> delete("/api/v1/partnerships/{id}", w.freshPartnership())),
				row("POST /api/v1/activities", OWNERS, w -> json(post("/api/v1/activities"), activity(w))),
				row("PUT /api/v1/activities/{id}", OWNERS,
						w -> json(put("/api/v1/activities/{id}", w.activity), activity(w))),
				row("DELETE /api/v1/activities/{id}", OWNERS,
						w -> delete("/api/v1/activities/{id}", w.freshActivity())),

				// country groups: the fixture group is archived at once, so that "/" stays the Korea group's home
				row("POST /groups", COORDINATORS, w -> post("/groups")),
				row("POST /groups/{id}", COORDINATORS, w -> post("/groups/{id}", w.group)),
				row("POST /groups/{id}/archive", COORDINATORS, w -> post("/groups/{id}/archive", w.group)),
				// the Korea group's code is taken: refused after the role check, nothing created
				row("POST /api/v1/groups", COORDINATORS, w -> json(post("/api/v1/groups"), group("korea"))),
				row("PUT /api/v1/groups/{id}", COORDINATORS,
						w -> json(put("/api/v1/groups/{id}", w.group), group(w.groupCode))),
				row("DELETE /api/v1/groups/{id}", COORDINATORS, w -> delete("/api/v1/groups/{id}", w.group)),

				// accounts and the outbox
				row("POST /admin/users", ADMINS, w -> post("/admin/users")),
				row("POST /admin/users/{id}/enabled", ADMINS,
						w -> post("/admin/users/{id}/enabled", w.freshAccount()).param("enabled", "false")),
				row("POST /admin/users/{id}/password", ADMINS,
						w -> post("/admin/users/{id}/password", w.freshAccount())),
				// one's own password: every account; an empty form is shown again with its errors
				row("POST /account/password", SIGNED_IN, w -> post("/account/password")),
				// the newcomer's door: open to everyone (an empty form comes back with its errors), rate-limited
				row("POST /request-account", EnumSet.allOf(Actor.class), w -> post("/request-account")),
				row("POST /forgot-password", EnumSet.allOf(Actor.class), w -> post("/forgot-password")),
				skip("POST /set-password/{token}",
						"open to everyone: the mailed token is the permission (PasswordRecoveryTests)"),
				skip("POST /account-requests/{id}/accept",
						"coordinators and administrators only, each on a pending request of its own (AccountRequestTests)"),
				skip("POST /account-requests/{id}/decline",
						"coordinators and administrators only, each on a pending request of its own (AccountRequestTests)"),
				row("POST /groups/{id}/about", COORDINATORS, w -> post("/groups/{id}/about", w.group)),
				// programme: a group's office hours for the seminar time slots (an empty form comes back with its errors)
				row("POST /groups/{groupId}/office-hours", COORDINATORS,
						w -> post("/groups/{groupId}/office-hours", w.group)),
				// the account a directory person is (identity for meetings): coordinators only
				row("POST /people/{id}/account", COORDINATORS, w -> post("/people/{id}/account", w.freshPerson())),
				row("POST /people/{id}/account/unlink", COORDINATORS,
						w -> post("/people/{id}/account/unlink", w.freshPerson())),
				row("POST /outbox/{id}/send", COORDINATORS, w -> post("/outbox/{id}/send", w.mail)),

				// meetings; w.meeting is for members, invites the own organization, which attended, minutes in review
				row("POST /meetings", COORDINATORS, w -> post("/meetings")),
				row("POST /meetings/{id}", COORDINATORS, w -> post("/meetings/{id}", w.meeting)),
				row("POST /meetings/{id}/archive", COORDINATORS,
						w -> post("/meetings/{id}/archive", w.freshMeeting())),
				row("POST /meetings/{id}/agenda", COORDINATORS, w -> post("/meetings/{id}/agenda", w.freshMeeting())),
				row("POST /meetings/{id}/invitations", COORDINATORS,
						w -> post("/meetings/{id}/invitations", w.freshMeeting())),
				row("POST /meetings/{id}/attendance", COORDINATORS,
						w -> post("/meetings/{id}/attendance", w.freshMeeting())),
				row("POST /meetings/{id}/invitations/group", COORDINATORS,
						w -> post("/meetings/{id}/invitations/group", w.freshMeeting()).param("version", "0")),
				row("POST /meetings/{id}/invitations/send", COORDINATORS,
						w -> post("/meetings/{id}/invitations/send", w.freshMeeting()).param("organizationId",
								str(w.own))),
				row("POST /meetings/{id}/replies", OWNERS,
						w -> post("/meetings/{id}/replies", w.meeting).param("organizationId", str(w.own))
							.param("reply", "ACCEPTED")),
				row("POST /meetings/{id}/minutes", COORDINATORS,
						w -> post("/meetings/{id}/minutes", w.freshMeeting())),
				row("POST /meetings/{id}/decisions", COORDINATORS,
						w -> post("/meetings/{id}/decisions", w.freshMeeting())),
				row("POST /meetings/{id}/minutes/review", COORDINATORS,
						w -> post("/meetings/{id}/minutes/review", w.freshMeeting())),
				row("POST /meetings/{id}/minutes/draft", COORDINATORS,
						w -> post("/meetings/{id}/minutes/draft", w.freshMeeting())),
				row("POST /meetings/{id}/minutes/publish", COORDINATORS,
						w -> post("/meetings/{id}/minutes/publish", w.freshMeeting())),
				row("POST /meetings/{id}/minutes/amend", COORDINATORS,
						w -> post("/meetings/{id}/minutes/amend", w.freshMeeting())),
				// attendees comment on minutes under review (an empty comment is refused after the role check)
				row("POST /meetings/{id}/comments", OWNERS, w -> post("/meetings/{id}/comments", w.meeting)),
				row("POST /meetings/{id}/attachments", COORDINATORS,
						w -> multipart("/meetings/{id}/attachments", w.meeting)),
				row("POST /meetings/{id}/attachments/{attachmentId}/delete", COORDINATORS,
						w -> post("/meetings/{id}/attachments/{attachmentId}/delete", w.meeting, w.freshAttachment())),
				row("POST /action-items", COORDINATORS, w -> post("/action-items").param("meetingId", str(w.meeting))),
				row("POST /action-items/{id}", COORDINATORS,
						w -> post("/action-items/{id}", w.actionItem).param("meetingId", str(w.meeting))),
				// the owner organization's members move its action items
				row("POST /action-items/{id}/status", OWNERS,
						w -> post("/action-items/{id}/status", w.actionItem).param("status", "IN_PROGRESS")),
				row("POST /meetings/import", COORDINATORS, w -> post("/meetings/import")),
				row("POST /meetings/imports/{id}", COORDINATORS, w -> post("/meetings/imports/{id}", w.pendingImport)),
				row("POST /meetings/imports/{id}/discard", COORDINATORS,
						w -> post("/meetings/imports/{id}/discard", w.freshImport())),
				row("POST /api/v1/meetings", COORDINATORS, w -> json(post("/api/v1/meetings"), meeting(w))),
				row("PUT /api/v1/meetings/{id}", COORDINATORS,
						w -> json(put("/api/v1/meetings/{id}", w.freshMeeting()), meeting(w))),
				row("DELETE /api/v1/meetings/{id}", COORDINATORS,
						w -> delete("/api/v1/meetings/{id}", w.freshMeeting())),
				row("PUT /api/v1/meetings/{id}/agenda", COORDINATORS,
						w -> json(put("/api/v1/meetings/{id}/agenda", w.freshMeeting()), "{\"items\":[]}")),
				row("PUT /api/v1/meetings/{id}/invitations", COORDINATORS,
						w -> json(put("/api/v1/meetings/{id}/invitations", w.freshMeeting()), "{\"invitations\":[]}")),
				row("PUT /api/v1/meetings/{id}/attendance", COORDINATORS,
						w -> json(put("/api/v1/meetings/{id}/attendance", w.freshMeeting()), "{\"lines\":[]}")),
				row("PUT /api/v1/meetings/{id}/minutes/sections", COORDINATORS,
						w -> json(put("/api/v1/meetings/{id}/minutes/sections", w.freshMeeting()), "{\"sections\":[]}")),
				row("PUT /api/v1/meetings/{id}/minutes/decisions", COORDINATORS,
						w -> json(put("/api/v1/meetings/{id}/minutes/decisions", w.freshMeeting()),
								"{\"decisions\":[]}")),
				row("POST /api/v1/meetings/{id}/replies", OWNERS,
						w -> json(post("/api/v1/meetings/{id}/replies", w.meeting),
								"{\"organizationId\":%d,\"reply\":\"ACCEPTED\"}".formatted(w.own))),
				row("POST /api/v1/meetings/{id}/minutes/{action}", COORDINATORS,
						w -> post("/api/v1/meetings/{id}/minutes/{action}", w.freshMeeting(), "review")),
				row("POST /api/v1/action-items", COORDINATORS, w -> json(post("/api/v1/action-items"), actionItem(w))),
				row("PUT /api/v1/action-items/{id}", COORDINATORS,
						w -> json(put("/api/v1/action-items/{id}", w.actionItem), actionItem(w))),
				row("PATCH /api/v1/action-items/{id}", OWNERS,
						w -> json(patch("/api/v1/action-items/{id}", w.actionItem), "{\"status\":\"IN_PROGRESS\"}")),
				// empty minutes: refused as unreadable after the role check
				row("POST /api/v1/meeting-imports [text/plain]", COORDINATORS,
						w -> post("/api/v1/meeting-imports").contentType("text/plain;charset=UTF-8").content("")),
				row("POST /api/v1/meeting-imports [multipart/form-data]", COORDINATORS,
						w -> multipart("/api/v1/meeting-imports")),
				// programme: the presentation charter (coordinators) and a host's presentation (the host, coordinators)
				row("POST /cycles/{id}/charter", COORDINATORS, w -> post("/cycles/{id}/charter", w.programme().cycleId())),
				row("POST /seminars/{id}/presentations", OWNERS,
						w -> multipart("/seminars/{id}/presentations", w.programme().seminarId())
							.param("organizationId", str(w.own))),
				row("POST /api/v1/seminars/{id}/presentations [multipart/form-data]", OWNERS,
						w -> multipart("/api/v1/seminars/{id}/presentations", w.programme().seminarId())
							.param("organizationId", str(w.own))),
				// times that are no times: refused after the role check, nothing stored
				row("POST /api/v1/meeting-imports/{id}/confirm", COORDINATORS,
						w -> json(post("/api/v1/meeting-imports/{id}/confirm", w.pendingImport),
								"{\"meeting\":{\"start\":\"jeudi matin\"}}")),
				// a meeting that is none of the group's that day: refused after the role check, nothing stored
				row("POST /api/v1/meeting-imports/{id}/merge", COORDINATORS,
						w -> post("/api/v1/meeting-imports/{id}/merge", w.pendingImport).param("meeting",
								String.valueOf(TestData.NO_SUCH_ID))),

				// the programme's seminar cycles: w.cycle is the archived group's, w.seminar its seminar; an empty form
				// comes back with its errors, a year already opened is refused after the role check
				row("POST /groups/{groupId}/cycles", COORDINATORS,
						w -> post("/groups/{groupId}/cycles", w.group).param("year", "2031")),
				row("POST /cycles/{id}/seminars", COORDINATORS, w -> post("/cycles/{id}/seminars", w.cycle)),
				row("POST /seminars/{id}", COORDINATORS, w -> post("/seminars/{id}", w.seminar)),
				row("POST /api/v1/groups/{groupId}/cycles", COORDINATORS,
						w -> json(post("/api/v1/groups/{groupId}/cycles", w.group), "{\"year\":2032}")),
				row("POST /api/v1/cycles/{id}/seminars", COORDINATORS,
						w -> json(post("/api/v1/cycles/{id}/seminars", w.cycle), seminar(w))),
				row("PUT /api/v1/seminars/{id}", COORDINATORS,
						w -> json(put("/api/v1/seminars/{id}", w.seminar), seminar(w))),
				// programme: host panels (w.cycle, which nobody was consulted on: coordinators get a refusal of the state, 409 or the
				// page again with its message, never of the role)
				row("POST /cycles/{id}/panels/weights", COORDINATORS,
						w -> post("/cycles/{id}/panels/weights", w.cycle).param("hostsOnce", "1000")
							.param("differentLevels", "100")
							.param("differentSizes", "10")
							.param("interest", "1")),
				row("POST /cycles/{id}/panels/solve", COORDINATORS, w -> post("/cycles/{id}/panels/solve", w.cycle)),
				row("POST /cycles/{id}/panels/{seminarId}/locks", COORDINATORS,
						w -> post("/cycles/{id}/panels/{seminarId}/locks", w.cycle, w.seminar)),
				row("POST /cycles/{id}/panels/confirm", COORDINATORS,
						w -> post("/cycles/{id}/panels/confirm", w.cycle)),
				row("POST /seminars/{id}/meeting", COORDINATORS,
						w -> post("/seminars/{id}/meeting", w.seminar).param("date", "2031-01-15").param("time", "10:00")),
				row("POST /api/v1/cycles/{id}/panels/solve", COORDINATORS,
						w -> post("/api/v1/cycles/{id}/panels/solve", w.cycle)),
				row("PUT /api/v1/cycles/{id}/panels/{seminarId}/locks", COORDINATORS,
						w -> json(put("/api/v1/cycles/{id}/panels/{seminarId}/locks", w.cycle, w.seminar),
								"{\"organizationIds\":[]}")),
				row("PUT /api/v1/cycles/{id}/panels/weights", COORDINATORS,
						w -> json(put("/api/v1/cycles/{id}/panels/weights", w.cycle),
								"{\"hostsOnce\":1000,\"differentLevels\":100,\"differentSizes\":10,\"interest\":1}")),
				row("POST /api/v1/cycles/{id}/panels/confirm", COORDINATORS,
						w -> post("/api/v1/cycles/{id}/panels/confirm", w.cycle)),
				row("POST /api/v1/seminars/{id}/meeting", COORDINATORS,
						w -> json(post("/api/v1/seminars/{id}/meeting", w.seminar),
								"{\"startsAt\":\"2031-01-15T10:00:00+01:00\"}")),
				// programme: roadmaps, written by coordinators; empty forms come back with their errors (the status one
				// redirects with its message), nothing stored. 1 and 2: the demo 2021 roadmap's first axis and its action
				row("POST /groups/{groupId}/roadmaps/{year}/axes", COORDINATORS,
						w -> post("/groups/{groupId}/roadmaps/{year}/axes", w.korea, 2021)),
				row("POST /groups/{groupId}/roadmaps/{year}/axes/{axisId}", COORDINATORS,
						w -> post("/groups/{groupId}/roadmaps/{year}/axes/{axisId}", w.korea, 2021, 1)),
				row("POST /groups/{groupId}/roadmaps/{year}/axes/{axisId}/actions", COORDINATORS,
						w -> post("/groups/{groupId}/roadmaps/{year}/axes/{axisId}/actions", w.korea, 2021, 1)),
				row("POST /groups/{groupId}/roadmaps/{year}/actions/{actionId}/milestones", COORDINATORS,
						w -> post("/groups/{groupId}/roadmaps/{year}/actions/{actionId}/milestones", w.korea, 2021, 2)),
				row("POST /groups/{groupId}/roadmaps/{year}/steps/{stepId}", COORDINATORS,
						w -> post("/groups/{groupId}/roadmaps/{year}/steps/{stepId}", w.korea, 2021, 2)),
				row("POST /groups/{groupId}/roadmaps/{year}/steps/{stepId}/status", COORDINATORS,
						w -> post("/groups/{groupId}/roadmaps/{year}/steps/{stepId}/status", w.korea, 2021, 2)),
				// programme: the consultation of the members (issue 10, point 3); no closing time: the form again (400)
				row("POST /cycles/{id}/consultation/open", COORDINATORS,
						w -> post("/cycles/{id}/consultation/open", w.consultedCycle)),
				row("POST /cycles/{id}/consultation/close", COORDINATORS,
						w -> post("/cycles/{id}/consultation/close", w.freshConsultedCycle())),
				row("POST /cycles/{id}/consultation/remind", COORDINATORS,
						w -> post("/cycles/{id}/consultation/remind", w.consultedCycle)),
				row("POST /cycles/{id}/consultation/answers", OWNERS,
						w -> post("/cycles/{id}/consultation/answers", w.consultedCycle).param("organizationId",
								str(w.own))),
				// already open: refused (409) after the role check
				row("POST /api/v1/cycles/{id}/consultations", COORDINATORS,
						w -> json(post("/api/v1/cycles/{id}/consultations", w.consultedCycle),
								"{\"closesAt\":\"2099-01-14T17:00:00+01:00\"}")),
				row("PUT /api/v1/consultations/{id}/answers/{organizationId}", OWNERS,
						w -> json(put("/api/v1/consultations/{id}/answers/{organizationId}", w.consultation, w.own),
								"{\"ranking\":[]}")),

				skip("ANY /error", "Spring Boot's error page: reached by the container's error dispatch, changes nothing"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Autowired
	GroupManagement groups;

	@Autowired
	PartnershipRegistry partnerships;

	@Autowired
	ActivityRegistry activities;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingFixture meetingFixture;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	ActionItemManagement actionItems;

	@Autowired
	AttachmentManagement attachments;

	@Autowired
	Mailer mailer;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CycleManagement cycles;

	@Autowired
	org.passerelle.programme.consultation.ConsultationManagement consultationService;

	@Autowired
	org.passerelle.programme.cycle.Seminars seminars;

	@Autowired
	org.passerelle.programme.charter.PresentationManagement presentations;

	World world;

	@BeforeAll
	void createTheRows() {
		world = new World();
	}

	/** What each caller got, by route, written to target/ to read the matrix at a glance. */
	final Map<String, Map<Actor, String>> answers = new java.util.concurrent.ConcurrentSkipListMap<>();

	/** Meetings left listed would crowd the group's pages that other tests read. */
	@AfterAll
	void archiveTheMeetingsAndWriteTheAnswers() throws java.io.IOException {
		world.createdMeetings.forEach(meetings::archive);
		world.archiveProgramme();
		StringBuilder text = new StringBuilder("route\t" + CALLERS.stream().map(Actor::name)
			.collect(Collectors.joining("\t")) + "\n");
		answers.forEach((route, byCaller) -> text.append(route)
			.append('\t')
			.append(CALLERS.stream().map(caller -> byCaller.getOrDefault(caller, "-")).collect(
					Collectors.joining("\t")))
			.append('\n'));
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "role-endpoint-matrix.tsv"), text);
	}

	@Test
	void everyWriteRouteHasARule() {
		Set<String> routes = writeRoutes();
		Set<String> ruled = rules().stream().map(Rule::route).collect(Collectors.toCollection(TreeSet::new));
		Set<String> withoutRule = new TreeSet<>(routes);
		withoutRule.removeAll(ruled);
		Set<String> stale = new TreeSet<>(ruled);
		stale.removeAll(routes);
		assertThat(withoutRule)
			.as("write routes with no row in RoleEndpointMatrixTests.rules(): add one saying who may use each "
					+ "(see the comment above the table)")
			.isEmpty();
		assertThat(stale).as("rows of RoleEndpointMatrixTests.rules() for routes the application no longer has")
			.isEmpty();
		assertThat(routes).as("the route list is read from the application").hasSizeGreaterThan(60);
	}

	@TestFactory
	Stream<DynamicTest> eachCallerGetsTheAnswerOfItsRule() {
		return rules().stream()
			.filter(rule -> rule.request() != null)
			.map(rule -> DynamicTest.dynamicTest(rule.route(), () -> {
				List<String> wrong = new ArrayList<>();
				for (Actor caller : CALLERS) {
					String problem = check(rule, caller);
					if (problem != null) {
						wrong.add(caller + ": " + problem);
					}
				}
				assertThat(wrong).as(rule.route()).isEmpty();
			}));
	}

	/** What is wrong with the answer this caller gets, or null when it is the one the rule says. */
	private String check(Rule rule, Actor caller) {
		boolean api = rule.route().contains(" /api/");
		AbstractMockHttpServletRequestBuilder<?> request = rule.request().apply(world);
		if (!api) {
			request.with(csrf());
		}
		RequestPostProcessor user = user(caller);
		if (user != null) {
			request.with(user);
		}
		MvcResult result;
		try {
			result = mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			return "the request failed: " + ex;
		}
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		String answer = status + (location == null ? "" : " → " + location);
		answers.computeIfAbsent(rule.route(), route -> new java.util.concurrent.ConcurrentHashMap<>())
			.put(caller, answer);
		if (status == 201 && location != null && location.startsWith("/api/v1/meetings/")) {
			world.createdMeetings.add(Long.parseLong(location.substring("/api/v1/meetings/".length())));
		}
		FormRefusal refusal = rule.refusals().get(caller);
		if (rule.may().contains(caller)) {
			boolean toSignIn = location != null && location.contains("/sign-in");
			boolean allowed = (status >= 200 && status < 400 && !toSignIn) || status == 400 || status == 409;
			if (!allowed) {
				return "may, but got " + answer;
			}
			FormRefusal refused = rule.refusals().values().stream().findFirst().orElse(null);
			if (refused != null && refused.in(result)) {
				return "may, but was refused in the form (" + refused + ")";
			}
			return null;
		}
		if (refusal != null) {
			return status == 200 && refusal.in(result) ? null : "expected the form again with " + refusal + ", got " + answer;
		}
		if (caller == ANONYMOUS) {
			if (api) {
				return status == 401 ? null : "expected 401, got " + answer;
			}
			return status == 302 && location != null && location.endsWith("/sign-in") ? null
					: "expected a redirect to /sign-in, got " + answer;
		}
		return status == 403 ? null : "expected 403, got " + answer;
	}

	private RequestPostProcessor user(Actor caller) {
		return switch (caller) {
			case ADMIN -> TestAccounts.admin();
			case COORDINATOR -> TestAccounts.coordinator();
			case OWNING_MEMBER -> TestAccounts.member(world.own);
			case OTHER_MEMBER -> TestAccounts.member(world.other);
			case VISITOR -> TestAccounts.visitor();
			case ANONYMOUS -> null;
		};
	}

	/** "POST /people/{id}", one per method and pattern; "ANY /error" for a mapping that takes every method. */
	private Set<String> writeRoutes() {
		Set<RequestMethod> writes = EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
				RequestMethod.DELETE);
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
			String type = consumes.isEmpty() ? ""
					: consumes.stream().map(MediaType::toString).sorted().collect(Collectors.joining(", ", " [", "]"));
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + pattern + type);
				}
				methods.stream().filter(writes::contains).forEach(method -> routes.add(method + " " + pattern + type));
			}
		}
		return routes;
	}

	// the table's vocabulary

	record Rule(String route, Set<Actor> may, Function<World, AbstractMockHttpServletRequestBuilder<?>> request,
			Map<Actor, FormRefusal> refusals, String skippedBecause) {

		Rule refusing(Actor caller, String field, String code) {
			Map<Actor, FormRefusal> more = new LinkedHashMap<>(refusals);
			more.put(caller, new FormRefusal(field, code));
			return new Rule(route, may, request, more, skippedBecause);
		}

	}

	/** A page that refuses by showing the form again with an error next to a field. */
	record FormRefusal(String field, String code) {

		boolean in(MvcResult result) {
			if (result.getModelAndView() == null) {
				return false;
			}
			// the controllers hand the form's BindingResult to the template as "errors"
			return result.getModelAndView()
				.getModel()
				.values()
				.stream()
				.filter(BindingResult.class::isInstance)
				.map(BindingResult.class::cast)
				.flatMap(binding -> binding.getFieldErrors(field).stream())
				.anyMatch(error -> error.getCodes() != null && List.of(error.getCodes()).contains(code));
		}

		@Override
		public String toString() {
			return code + " on " + field;
		}

	}

	static Rule row(String route, Set<Actor> may, Function<World, AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Rule(route, may, request, Map.of(), null);
	}

	static Rule skip(String route, String because) {
		return new Rule(route, Set.of(), null, Map.of(), because);
	}

	static String str(long id) {
		return String.valueOf(id);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	static String organization(World w) {
		return """
				{"kind":"LOCAL_AUTHORITY","country":"FR","level":"FR_MUNICIPALITY","nameNative":"Matrice %s"}"""
			.formatted(TestData.unique());
	}

	static String person(World w) {
		return """
				{"givenName":"Matrice","familyName":"%s","affiliations":[{"organizationId":%d}]}"""
			.formatted(TestData.unique(), w.own);
	}

	static String partnership(World w) {
		return """
				{"parties":[%d,%d],"instrument":"FRIENDSHIP","status":"ACTIVE","started":"2019"}"""
			.formatted(w.own, w.korean);
	}

	static String activity(World w) {
		return """
				{"partnershipId":%d,"title":"Matrice %s","status":"PLANNED","starts":"2031"}"""
			.formatted(w.partnership, TestData.unique());
	}

	static String group(String code) {
		return """
				{"code":"%s","partnerCountry":"JP","nameFr":"Groupe-pays","nameKo":"국가 그룹","nameEn":"Country group",\
				"memberships":[]}""".formatted(code);
	}

	static String meeting(World w) {
		return """
				{"groupId":%d,"title":"Matrice %s","start":"2031-01-28T11:00","end":"2031-01-28T12:30",\
				"zone":"Europe/Paris","format":"VIDEOCONFERENCE","videoLink":"https://visio.example.org/matrice",\
				"visibility":"MEMBERS"}""".formatted(w.korea, TestData.unique());
	}

	static String seminar(World w) {
		return """
				{"themeCode":"tourism","title":"Matrice %s","targetPeriod":"2031-10"}""".formatted(TestData.unique());
	}

	static String actionItem(World w) {
		return """
				{"meetingId":%d,"ownerOrganizationId":%d,"title":"Matrice %s","status":"OPEN"}"""
			.formatted(w.meeting, w.own, TestData.unique());
	}

	/**
	 * The rows the requests work on, made once per class with names no other test uses: an organization whose member
	 * is {@link Actor#OWNING_MEMBER} (with a person, a partnership with a Korean district and its activity, an
	 * invitation, attendance and an action item), another organization for {@link Actor#OTHER_MEMBER}, an archived
	 * group, a theme, a pending import, a held mail; and fresh rows for the requests that change their target.
	 */
	final class World {

		final String token = TestData.unique();

		final PartnershipFixture partnershipFixture = new PartnershipFixture(directory, partnerships, activities);

		/** Meetings made here, archived after the class. */
		final List<Long> createdMeetings = new ArrayList<>();

		final long korea = meetingFixture.korea().getId();

		final long own = meetingFixture.town("Matrice propre " + token);

		final long other = meetingFixture.town("Matrice autre " + token);

		final long korean = partnershipFixture.koreanDistrict("매트릭스구 " + token);

		final long person = meetingFixture.person("Matrice", "Personne " + token, own);

		final long partnership = freshPartnership();

		final long activity = partnershipFixture
			.onPartnership(partnership, "Matrice " + token, ActivityStatus.PLANNED, "2031", null)
			.id();

		final String groupCode = "mx-" + token;

		final long group = archivedGroup();

		final String theme = freshTheme();

		final long meeting = meetingInReview();

		final long cycle = cycles.open(group, 2030, ProgrammePermissions.of(TestAccounts.user(Role.COORDINATOR, null)))
			.id();

		final long seminar = cycles.addSeminar(cycle, new SeminarForm("tourism", "Matrice " + token, "fr", null, null,
				null, "2030-10", 90, SeminarFormat.ONLINE, null), ProgrammePermissions.of(TestAccounts.user(Role.COORDINATOR, null)))
			.id();

		final long actionItem = actionItems
			.create(new ActionItemForm(meeting, own, "Matrice " + token, null, ActionItemStatus.OPEN, null))
			.id();

		final UUID pendingImport = freshImport();

		final long mail = mailer
			.send(OutgoingMail.text(List.of("matrice." + token + "@example.org"), "Matrice " + token, "Matrice"));

		/** A cycle whose consultation is open, in a group of the own organization (issue 10, point 3). */
		final long consultedCycle = freshConsultedCycle();

		final long consultation = consultationService.latestOf(consultedCycle).orElseThrow().id();

		long freshConsultedCycle() {
			String code = "mxc-" + TestData.unique();
			long groupId = groups.create(new GroupForm(code, "JP", "Matrice " + code, "매트릭스 " + code, "Matrix " + code,
					null, null, null, null,
					List.of(new GroupForm.MembershipForm(own, org.passerelle.group.GroupRole.MEMBER)), null))
				.getId();
			long cycle = new org.passerelle.programme.ProgrammeFixture(groups, directory, cycles)
				.cycle(groupId, 2021, "tourism")
				.id();
			consultationService.open(cycle, java.time.Instant.now().plus(java.time.Duration.ofDays(30)),
					org.passerelle.programme.ProgrammeFixture.COORDINATOR);
			// archived at once: the minutes import takes the only active group, and its routes are tried here too
			groups.archive(groupId);
			return cycle;
		}

		/** A cycle with a charter and a seminar hosted by {@link #own}, made when a row first asks for it. */
		record Programme(long cycleId, long seminarId) {
		}

		private Programme programme;

		private org.passerelle.programme.ProgrammeFixture programmeFixture;

		void archiveProgramme() {
			if (programmeFixture != null) {
				programmeFixture.archiveCreated();
			}
		}

		Programme programme() {
			if (programme == null) {
				org.passerelle.programme.ProgrammeFixture fixture = new org.passerelle.programme.ProgrammeFixture(groups,
						directory, cycles);
				programmeFixture = fixture;
				var group = fixture.group(1, 1);
				var cycle = fixture.cycle(group.group().getId(), 2021, "tourism");
				long seminarId = cycle.seminars().get(0).id();
				var seminar = seminars.findById(seminarId).orElseThrow();
				seminar.lockHosts(List.of(own), java.time.Instant.now());
				seminars.save(seminar);
				presentations.saveCharter(cycle.id(), org.passerelle.programme.charter.CharterForm.standard(),
						org.passerelle.programme.ProgrammeFixture.COORDINATOR);
				// archived at once: the minutes import takes the only active group, and its routes are tried here too
				fixture.archiveCreated();
				programme = new Programme(cycle.id(), seminarId);
			}
			return programme;
		}

		long freshOrganization() {
			return meetingFixture.town("Matrice " + TestData.unique());
		}

		long freshPerson() {
			return meetingFixture.person("Matrice", "Personne " + TestData.unique(), own);
		}

		long freshPartnership() {
			return partnershipFixture.partnership(Instrument.TWINNING, "2005", own, korean).id();
		}

		long freshActivity() {
			return partnershipFixture
				.onPartnership(partnership, "Matrice " + TestData.unique(), ActivityStatus.PLANNED, "2031", null)
				.id();
		}

		long freshMeeting() {
			long id = meetingFixture.upcoming("Matrice " + TestData.unique(), Visibility.MEMBERS).id();
			createdMeetings.add(id);
			return id;
		}

		long freshAttachment() {
			return attachments.store(meeting, "notes.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), null).id();
		}

		long freshAccount() {
			return accounts.create("matrice." + TestData.unique() + "@example.org", "matrice-mot-de-passe",
					"Matrice", Role.VISITOR, null);
		}

		String freshTheme() {
			String code = "matrice-" + TestData.unique();
			try {
				mvc.perform(post("/themes").with(TestAccounts.coordinator())
					.with(csrf())
					.param("code", code)
					.param("nameFr", "Matrice " + code)
					.param("nameKo", "매트릭스 " + code)
					.param("nameEn", "Matrix " + code)).andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return code;
		}

		/** Through the API, as a coordinator would: the importer's Java API is not what this test is about. */
		UUID freshImport() {
			try {
				String location = mvc
					.perform(post("/api/v1/meeting-imports").with(TestAccounts.coordinator())
						.contentType("text/plain;charset=UTF-8")
						.content(new ClassPathResource("seed/compte-rendu-groupe-pays-coree-2021-01-28.txt")
							.getContentAsString(StandardCharsets.UTF_8)))
					.andReturn()
					.getResponse()
					.getHeader("Location");
				return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		private long archivedGroup() {
			long id = groups
				.create(new GroupForm(groupCode, "JP", "Matrice", "매트릭스", "Matrix", null, null, null, null, List.of(),
						null))
				.getId();
			groups.archive(id);
			return id;
		}

		/** For members, the own organization invited and present, the minutes under review (attendees comment). */
		private long meetingInReview() {
			long id = freshMeeting();
			meetingFixture.invite(id, List.of(new InvitationForm(own, null)));
			meetingFixture.attendance(id, List.of(new AttendanceForm(person, own, "Maire", AttendanceStatus.PRESENT)));
			workflow.submitForReview(id);
			return id;
		}

	}

}
