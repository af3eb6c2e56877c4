package org.passerelle.shared.web;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theApiDescriptionListsEveryPathAndOperation() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(containsString("3.")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/organizations")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/organizations/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/people")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/people/{id}")))
			.andExpect(jsonPath("$.paths['/api/v1/organizations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organizations'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organizations/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organizations/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organizations/{id}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people/{id}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organizations'].get.parameters[*].name",
					org.hamcrest.Matchers.hasItems("country", "kind", "level", "q", "page", "size")))
			.andExpect(jsonPath("$.paths", not(hasKey("/organizations"))))
			.andExpect(jsonPath("$.paths", not(hasKey("/sign-in"))));
	}

	@Test
	void theSwaggerUiIsServed() throws Exception {
		MvcResult redirect = mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection()).andReturn();
		String location = redirect.getResponse().getRedirectedUrl();
		assertThat(location).contains("swagger-ui/index.html");
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-ui")));
		mvc.perform(get("/v3/api-docs/swagger-config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("/v3/api-docs"));
	}

}
