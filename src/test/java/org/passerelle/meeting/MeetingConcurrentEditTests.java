package org.passerelle.meeting;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.group.GroupManagement;
import org.passerelle.meeting.minutes.MinutesSection;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.meeting.minutes.MinutesView;
import org.passerelle.meeting.minutes.MinutesWorkflow;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two coordinators edit the same list of a meeting: each loads the form (or the resource) at the same version, the
 * first saves, the second's save is refused (409: problem JSON on the API, the form again with the current text on
 * the page) and nothing is overwritten. Saving one list does not refuse another, and an invitee's reply refuses
 * nothing and is never lost.
 */
@IntegrationTest
class MeetingConcurrentEditTests {

	private static final Pattern FORM_VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final String STALE = "Someone changed this record while you were editing it.";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesWorkflow workflow;

	@Autowired
	GroupManagement groups;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingFixture fixture;

	String token;

	MeetingView meeting;

	@BeforeEach
	void setUp() {
		token = TestData.unique();
		meeting = fixture.seedLike("Concurrence " + token, Visibility.MEMBERS);
	}

	@Test
	void aStaleAgendaIsRefused() throws Exception {
		String version = formVersion("agenda");
		savePage("agenda", version, "items[0].title", "Premier point " + token)
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#agenda"));
		savePage("agenda", version, "items[0].title", "Point concurrent " + token).andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString(STALE), containsString("value=\"Premier point " + token + "\""),
					not(containsString("Point concurrent " + token)), containsString(versionField(Long.parseLong(version) + 1)))));
		assertThat(meetings.find(meeting.id()).orElseThrow().agenda()).extracting(AgendaItem::title)
			.containsExactly("Premier point " + token);

		long api = apiVersion("$.agendaVersion");
		apiPut("agenda", "{\"version\": %d, \"items\": [{\"title\": \"Par l’API\"}]}".formatted(api))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agendaVersion").value(api + 1));
		apiStale(apiPut("agenda", "{\"version\": %d, \"items\": [{\"title\": \"Trop tard\"}]}".formatted(api)));
		apiPut("agenda", "{\"items\": [{\"title\": \"Sans version\"}]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(meetings.find(meeting.id()).orElseThrow().agenda()).extracting(AgendaItem::title)
			.containsExactly("Par l’API");
	}

	@Test
	void staleInvitationsAreRefused() throws Exception {
		long first = fixture.town("Première " + token);
		long second = fixture.town("Seconde " + token);
		String version = formVersion("invitations");
		savePage("invitations", version, "invitations[0].organizationId", String.valueOf(first))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"));
		savePage("invitations", version, "invitations[0].organizationId", String.valueOf(second))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString(STALE),
					containsString("<option value=\"" + first + "\" selected>"),
					not(containsString("<option value=\"" + second + "\" selected>")))));
		assertThat(meetings.find(meeting.id()).orElseThrow().invitations()).extracting(Invitation::organizationId)
			.containsExactly(first);

		long api = apiVersion("$.invitationsVersion");
		apiPut("invitations", "{\"version\": %d, \"invitations\": [{\"organizationId\": %d}]}".formatted(api, second))
			.andExpect(status().isOk());
		apiStale(apiPut("invitations",
				"{\"version\": %d, \"invitations\": [{\"organizationId\": %d}]}".formatted(api, first)));
		assertThat(meetings.find(meeting.id()).orElseThrow().invitations()).extracting(Invitation::organizationId)
			.containsExactly(second);
	}

	@Test
	void aStaleAttendanceListIsRefused() throws Exception {
		long town = fixture.town("Présente " + token);
		long person = fixture.person("Inès", "Présente" + token, town);
		String version = formVersion("attendance");
		savePage("attendance", version, "lines[0].personId", String.valueOf(person), "lines[0].title",
				"Première adjointe " + token)
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#attendance"));
		savePage("attendance", version, "lines[0].personId", String.valueOf(person), "lines[0].title",
				"Titre concurrent " + token)
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString(STALE),
					containsString("value=\"Première adjointe " + token + "\""),
					not(containsString("Titre concurrent " + token)))));
		assertThat(meetings.find(meeting.id()).orElseThrow().attendance()).extracting(Attendance::title)
			.containsExactly("Première adjointe " + token);

		long api = apiVersion("$.attendanceVersion");
		apiPut("attendance", "{\"version\": %d, \"lines\": [{\"personId\": %d, \"title\": \"Maire\"}]}".formatted(api,
				person))
			.andExpect(status().isOk());
		apiStale(apiPut("attendance",
				"{\"version\": %d, \"lines\": [{\"personId\": %d, \"title\": \"Adjointe\"}]}".formatted(api, person)));
		assertThat(meetings.find(meeting.id()).orElseThrow().attendance()).extracting(Attendance::title)
			.containsExactly("Maire");
	}

	@Test
	void staleSectionsAreRefusedAndTheUnsavedTextIsShownToCopyFrom() throws Exception {
		String version = formVersion("minutes");
		savePage("minutes", version, "sections[0].heading", "Synthèse", "sections[0].markdown",
				"Premier texte " + token)
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes"));
		savePage("minutes", version, "sections[0].heading", "Synthèse", "sections[0].markdown",
				"Texte concurrent " + token)
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString(STALE),
					containsString(">Premier texte " + token + "</textarea>"),
					not(containsString(">Texte concurrent " + token + "</textarea>")),
					containsString("Your text, not saved"), containsString("Texte concurrent " + token))));
		assertThat(workflow.minutes(meeting.id()).sections()).extracting(MinutesSection::markdown)
			.containsExactly("Premier texte " + token);

		long api = apiVersion("$.minutes.sectionsVersion");
		apiPut("minutes/sections",
				"{\"version\": %d, \"sections\": [{\"heading\": \"A\", \"markdown\": \"Par l’API\"}]}".formatted(api))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes.sectionsVersion").value(api + 1));
		apiStale(apiPut("minutes/sections",
				"{\"version\": %d, \"sections\": [{\"heading\": \"B\", \"markdown\": \"Trop tard\"}]}".formatted(api)));
		assertThat(workflow.minutes(meeting.id()).sections()).extracting(MinutesSection::markdown)
			.containsExactly("Par l’API");
	}

	@Test
	void staleDecisionsAreRefused() throws Exception {
		String version = formVersion("decisions");
		savePage("decisions", version, "decisions[0].text", "Première décision " + token)
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#decisions"));
		savePage("decisions", version, "decisions[0].text", "Décision concurrente " + token)
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString(STALE),
					containsString(">Première décision " + token + "</textarea>"),
					not(containsString("Décision concurrente " + token)))));
		assertThat(workflow.minutes(meeting.id()).decisionTexts()).containsExactly("Première décision " + token);

		long api = apiVersion("$.minutes.decisionsVersion");
		apiPut("minutes/decisions", "{\"version\": %d, \"decisions\": [{\"text\": \"Par l’API\"}]}".formatted(api))
			.andExpect(status().isOk());
		apiStale(apiPut("minutes/decisions",
				"{\"version\": %d, \"decisions\": [{\"text\": \"Trop tard\"}]}".formatted(api)));
		assertThat(workflow.minutes(meeting.id()).decisionTexts()).containsExactly("Par l’API");
	}

	@Test
	void savingOneListDoesNotRefuseAnother() throws Exception {
		long town = fixture.town("Présente " + token);
		long person = fixture.person("Inès", "Autre" + token, town);
		String agenda = formVersion("agenda");
		String sections = formVersion("minutes");

		savePage("attendance", formVersion("attendance"), "lines[0].personId", String.valueOf(person))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#attendance"));
		savePage("decisions", formVersion("decisions"), "decisions[0].text", "Une décision " + token)
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#decisions"));
		mvc.perform(post("/meetings/{id}/minutes/review", meeting.id()).with(csrf()).with(TestAccounts.coordinator()))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes"));

		savePage("agenda", agenda, "items[0].title", "Point " + token)
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#agenda"));
		savePage("minutes", sections, "sections[0].markdown", "Texte " + token)
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#minutes"));
		MeetingView saved = meetings.find(meeting.id()).orElseThrow();
		assertThat(saved.attendance()).extracting(Attendance::personId).containsExactly(person);
		assertThat(saved.agenda()).extracting(AgendaItem::title).containsExactly("Point " + token);
		MinutesView minutes = workflow.minutes(meeting.id());
		assertThat(minutes.decisionTexts()).containsExactly("Une décision " + token);
		assertThat(minutes.sections()).extracting(MinutesSection::markdown).containsExactly("Texte " + token);
		assertThat(minutes.status()).isEqualTo(MinutesStatus.REVIEW);
	}

	@Test
	void aReplyBetweenACoordinatorsReadAndSaveNeitherFailsTheSaveNorIsLost() throws Exception {
		long invited = fixture.town("Invitée " + token);
		long added = fixture.town("Ajoutée " + token);
		fixture.invite(meeting.id(), List.of(new InvitationForm(invited, null)));
		long meetingVersion = apiVersion("$.version");
		String invitations = formVersion("invitations");

		mvc.perform(post("/meetings/{id}/replies", meeting.id()).with(csrf())
			.with(TestAccounts.member(invited))
			.param("organizationId", String.valueOf(invited))
			.param("reply", "ACCEPTED"))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"));

		// the reply is stored on its invitation alone: the meeting's version did not move
		mvc.perform(put("/api/v1/meetings/{id}", meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"groupId": %d, "title": "Renommée %s", "start": "2021-01-28T11:00", "end": "2021-01-28T12:30",
					 "zone": "Europe/Paris", "format": "VIDEOCONFERENCE", "videoLink": "%s", "visibility": "MEMBERS",
					 "version": %d}
					""".formatted(meeting.groupId(), token, meeting.videoLink(), meetingVersion)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Renommée " + token));
		savePage("invitations", invitations, "invitations[0].organizationId", String.valueOf(invited),
				"invitations[1].organizationId", String.valueOf(added))
			.andExpect(redirectedUrl("/meetings/" + meeting.id() + "#invitations"));

		MeetingView saved = meetings.find(meeting.id()).orElseThrow();
		assertThat(saved.title()).isEqualTo("Renommée " + token);
		assertThat(saved.invitations()).extracting(Invitation::organizationId, Invitation::reply)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(invited, InvitationReply.ACCEPTED),
					org.assertj.core.groups.Tuple.tuple(added, null));
	}

	@Test
	void aReplyWhileACoordinatorsSaveIsInProgressWaitsAndIsKept() throws Exception {
		long invited = fixture.town("Invitée " + token);
		fixture.invite(meeting.id(), List.of(new InvitationForm(invited, null)));
		ExecutorService replier = Executors.newSingleThreadExecutor();
		try {
			Future<MvcResult> reply = transactions.execute(status -> {
				// the coordinator's save has read and written the meeting, not yet committed
				fixture.agenda(meeting.id(), List.of(new AgendaItemForm("Point " + token, null, null, null)));
				Future<MvcResult> pending = replier.submit(() -> mvc.perform(post("/meetings/{id}/replies", meeting.id())
					.with(csrf())
					.with(TestAccounts.member(invited))
					.param("organizationId", String.valueOf(invited))
					.param("reply", "DECLINED")).andReturn());
				awaitSomeoneWaitingOnALock();
				return pending;
			});
			MvcResult result = reply.get(60, TimeUnit.SECONDS);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id() + "#invitations");
		}
		finally {
			replier.shutdownNow();
		}
		MeetingView saved = meetings.find(meeting.id()).orElseThrow();
		assertThat(saved.agenda()).extracting(AgendaItem::title).containsExactly("Point " + token);
		assertThat(saved.invitations()).extracting(Invitation::reply).containsExactly(InvitationReply.DECLINED);
	}

	/**
	 * The other request reached the database and waits for this transaction's lock on the meeting. Run inside the
	 * transaction, so the query's session is the one holding the lock: only sessions it blocks count, not any other
	 * test's session that happens to wait on a lock.
	 */
	private void awaitSomeoneWaitingOnALock() {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < until) {
			Integer waiting = jdbc.queryForObject(
					"select count(*) from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))",
					Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for the reply to wait for the coordinator's save",
						ex);
			}
		}
		throw new AssertionError("the reply never waited for the coordinator's save");
	}

	private String formVersion(String form) throws Exception {
		String page = mvc.perform(get("/meetings/{id}/" + form, meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher version = FORM_VERSION.matcher(page);
		assertThat(version.find()).as("the %s form carries a version", form).isTrue();
		return version.group(1);
	}

	private static String versionField(long version) {
		return "name=\"version\" value=\"" + version + "\"";
	}

	private ResultActions savePage(String form, String version, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/meetings/{id}/" + form, meeting.id()).with(csrf())
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en")
			.param("version", version);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request);
	}

	private long apiVersion(String path) throws Exception {
		String json = mvc.perform(get("/api/v1/meetings/{id}", meeting.id()).with(TestAccounts.coordinator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	private ResultActions apiPut(String part, String json) throws Exception {
		return mvc.perform(put("/api/v1/meetings/{id}/" + part, meeting.id()).with(TestAccounts.coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static void apiStale(ResultActions put) throws Exception {
		put.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.title").value("Stale update"));
	}

}
