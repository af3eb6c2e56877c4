package org.passerelle.programme.roadmap;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/v1/groups/{groupId}/roadmaps/{year}: the roadmap as JSON, problem JSON when there is none. */
@IntegrationTest
class RoadmapApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixture meetings;

	@Test
	void theDemoRoadmapIsReadByAnyone() throws Exception {
		long group = meetings.korea().getId();
		mvc.perform(get("/api/v1/groups/{groupId}/roadmaps/{year}", group, 2021))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groupId").value(group))
			.andExpect(jsonPath("$.year").value(2021))
			.andExpect(jsonPath("$.axes", hasSize(2)))
			.andExpect(jsonPath("$.axes[0].title.original").value("Mieux communiquer sur la coopération franco-coréenne"))
			.andExpect(jsonPath("$.axes[0].title.language").value("fr"))
			.andExpect(jsonPath("$.axes[0].title.ko").value("한불 협력에 대한 소통 강화"))
			.andExpect(jsonPath("$.axes[0].actions[0].status").value("ONGOING"))
			.andExpect(jsonPath("$.axes[0].actions[0].owner.nameFr").value("Cités Unies France"))
			.andExpect(jsonPath("$.axes[0].actions[0].links[*].kind", hasItem("actionItem")))
			.andExpect(jsonPath("$.axes[0].actions[0].links[*].kind", hasItem("activity")))
			.andExpect(jsonPath("$.axes[1].actions[2].milestones[*].period", org.hamcrest.Matchers.contains("2021-06",
					"2021-10", "2021-11/2021-12")))
			.andExpect(jsonPath("$.axes[1].actions[2].milestones[0].kind").value("MILESTONE"))
			.andExpect(jsonPath("$.axes[1].actions[2].milestones[0].late").value(true))
			.andExpect(jsonPath("$.axes[1].actions[3].period").value("2022-01"))
			.andExpect(jsonPath("$.axes[1].progress.total").value(7));
	}

	@Test
	void aMissingRoadmapOrGroupIsAProblem404() throws Exception {
		mvc.perform(get("/api/v1/groups/{groupId}/roadmaps/{year}", meetings.korea().getId(), 1950))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/groups/{groupId}/roadmaps/{year}", TestData.NO_SUCH_ID, 2021))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/groups/{groupId}/roadmaps/{year}", meetings.korea().getId(), "twenty"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void theApiDocumentDescribesIt() throws Exception {
		String path = "/api/v1/groups/{groupId}/roadmaps/{year}";
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey(path)))
			.andExpect(jsonPath("$.paths['" + path + "'].get.summary", containsString("roadmap")))
			.andExpect(jsonPath("$.paths['" + path + "'].get.responses", hasKey("404")))
			.andExpect(jsonPath("$.components.schemas", hasKey("Roadmap")));
	}

}
