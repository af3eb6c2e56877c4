package org.passerelle.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.meeting.MeetingView;
import org.passerelle.meeting.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor reads every public page without being given a session: no {@code Set-Cookie} at all, on the real
 * server (MockMvc makes no session cookie, so it could not tell). The session starts on the sign-in page, the
 * first form a visitor can fill (it needs a CSRF token, kept in the session). It walks every module's pages, a
 * meeting made by {@link MeetingFixture} among them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MeetingFixture.class)
class AnonymousReadingTests {

	@Autowired
	MeetingFixture fixture;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aVisitorReadsEveryPublicPageWithoutACookie() throws Exception {
		String unique = TestData.unique();
		String town = "Lecture " + unique;
		long townId = fixture.town(town);
		long personId = fixture.person("Anna", "Lecture" + unique, townId);
		MeetingView meeting = fixture.seedLike("Ouverte " + unique, Visibility.PUBLIC);
		long korea = fixture.korea().getId();

		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put("/", List.of("Passerelle", "href=\"/sign-in\""));
		pages.put("/organizations", List.of("Directory of organizations"));
		pages.put("/organizations?q=" + unique, List.of(town));
		pages.put("/organizations/" + townId, List.of("<h1", town));
		pages.put("/people", List.of("<h1>People</h1>"));
		pages.put("/people/" + personId, List.of("Anna Lecture" + unique));
		pages.put("/partnerships", List.of("Partnerships"));
		pages.put("/activities", List.of("Activities"));
		pages.put("/themes", List.of("Themes"));
		pages.put("/groups", List.of("Country groups"));
		pages.put("/groups/" + korea, List.of("<h1"));
		pages.put("/meetings", List.of("<h1>Meetings</h1>"));
		pages.put("/meetings?when=PAST", List.of("<h1>Meetings</h1>", "href=\"/meetings/"));
		pages.put("/meetings/" + meeting.id(), List.of("Ouverte " + unique));
		pages.put("/meetings/" + meeting.id() + "/calendar.ics", List.of("BEGIN:VCALENDAR", "Ouverte " + unique));

		for (Map.Entry<String, List<String>> page : pages.entrySet()) {
			HttpResponse<String> response = get(page.getKey());
			assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
			assertThat(response.body()).as(page.getKey()).contains(page.getValue());
			assertThat(response.headers().allValues("Set-Cookie")).as("cookies of " + page.getKey()).isEmpty();
			assertThat(response.body()).as(page.getKey()).doesNotContain("name=\"csrf-token\"");
		}

		HttpResponse<String> missing = get("/organizations/999999999");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found");
		assertThat(missing.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void theSessionStartsOnTheSignInPageForItsForm() throws Exception {
		HttpResponse<String> signIn = get("/sign-in");
		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.body()).contains("name=\"_csrf\" value=\"", "type=\"password\"");
		assertThat(signIn.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith(SessionCookie.NAME + "=")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
