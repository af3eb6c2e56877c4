package org.passerelle.shared.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The generated API document (/v3/api-docs) as a client reads it: every operation summarized, HTTP Basic declared
 * and applied, the problem answers each operation can give with the RFC 9457 schema, and a licence. It also writes
 * the document to target/openapi.json, where scripts/lint-openapi.sh lints it with Redocly's recommended rules.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTests {

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

	@Autowired
	MockMvc mvc;

	JsonNode document;

	/** Each operation as "get /api/v1/people/{id}" with its node. */
	Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();

	@BeforeAll
	void fetch() throws Exception {
		String json = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "openapi.json"), json);
		document = JsonMapper.builder().build().readTree(json);
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(operation.getKey())) {
				operations.put(operation.getKey() + " " + path.getKey(), operation.getValue());
			}
		}));
	}

	@Test
	void theDocumentDescribesTheWholeApi() {
		assertThat(operations).hasSizeGreaterThan(40)
			.containsKeys("get /api/v1/organizations", "post /api/v1/meetings/{id}/minutes/{action}",
					"patch /api/v1/action-items/{id}", "post /api/v1/meeting-imports/{id}/confirm");
	}

	@Test
	void everyOperationHasASummary() {
		List<String> without = operations.entrySet()
			.stream()
			.filter(operation -> operation.getValue().path("summary").asString("").isBlank())
			.map(Map.Entry::getKey)
			.toList();
		assertThat(without).as("operations without a summary").isEmpty();
	}

	@Test
	void httpBasicIsDeclaredAndAppliedWithReadsOpenToAnonymousCallers() {
		JsonNode scheme = document.at("/components/securitySchemes/basicAuth");
		assertThat(scheme.path("type").asString("")).isEqualTo("http");
		assertThat(scheme.path("scheme").asString("")).isEqualTo("basic");
		assertThat(requirements(document.path("security"))).containsExactly(Set.of("basicAuth"));
		operations.forEach((name, operation) -> {
			List<Set<String>> requirements = requirements(operation.path("security"));
			if (name.startsWith("get ")) {
				// anonymous or signed in, except reads the controller restricts (the import's proposals)
				assertThat(requirements).as(name).contains(Set.of("basicAuth"));
				if (!name.equals("get /api/v1/meeting-imports/{id}")) {
					assertThat(requirements).as(name).contains(Set.of());
				}
				else {
					assertThat(requirements).as(name).containsExactly(Set.of("basicAuth"));
				}
			}
			else {
				// a write inherits the document's requirement: HTTP Basic, no anonymous alternative
				assertThat(operation.has("security")).as(name + " overrides the security of writes").isFalse();
			}
		});
	}

	@Test
	void eachOperationListsTheProblemsItCanGiveWithTheProblemSchema() {
		List<String> missing = new ArrayList<>();
		operations.forEach((name, operation) -> {
			String method = name.substring(0, name.indexOf(' '));
			JsonNode responses = operation.path("responses");
			boolean body = operation.has("requestBody");
			boolean pathVariable = false;
			boolean typedParameter = false;
			for (JsonNode parameter : operation.path("parameters")) {
				pathVariable |= "path".equals(parameter.path("in").asString(""));
				JsonNode schema = parameter.path("schema");
				typedParameter |= !"string".equals(schema.path("type").asString("")) || schema.has("format")
						|| schema.has("enum");
			}
			List<String> expected = new ArrayList<>(List.of("401"));
			if (body || typedParameter) {
				expected.add("400");
			}
			if (WRITES.contains(method)) {
				expected.add("403");
			}
			if (pathVariable) {
				expected.add("404");
			}
			if ((method.equals("put") || method.equals("patch")) && carriesVersion(operation)) {
				expected.add("409");
			}
			for (String code : expected) {
				if (!responses.has(code)) {
					missing.add(name + " " + code);
				}
			}
			responses.properties().forEach(response -> {
				if (response.getKey().startsWith("4")) {
					assertThat(response.getValue().path("description").asString("")).as(name + " " + response.getKey())
						.isNotBlank();
					JsonNode content = response.getValue().path("content");
					assertThat(content.properties()).as(name + " " + response.getKey() + " content").hasSize(1);
					assertThat(content.at("/application~1problem+json/schema/$ref").asString(""))
						.as(name + " " + response.getKey())
						.isEqualTo(PROBLEM_REF);
				}
			});
			assertThat(responses.properties().stream().anyMatch(response -> response.getKey().startsWith("2")))
				.as(name + " has a success answer")
				.isTrue();
		});
		assertThat(missing).as("problem answers not listed").isEmpty();
		// the answers the controllers declare themselves
		assertThat(operations.get("get /api/v1/meetings/{id}").path("responses").has("403")).isTrue();
		assertThat(operations.get("post /api/v1/meetings/{id}/minutes/{action}").path("responses").has("409")).isTrue();
		assertThat(operations.get("post /api/v1/meeting-imports/{id}/confirm").path("responses").has("409")).isTrue();
		assertThat(operations.get("put /api/v1/organizations/{id}").path("responses").has("409")).isTrue();
		assertThat(operations.get("post /api/v1/organizations").path("responses").has("409")).isFalse();
		assertThat(operations.get("post /api/v1/organizations").path("responses").has("201")).isTrue();
		assertThat(operations.get("delete /api/v1/organizations/{id}").path("responses").has("204")).isTrue();
	}

	@Test
	void theProblemSchemaIsRfc9457() {
		JsonNode problem = document.at("/components/schemas/Problem");
		assertThat(problem.path("type").asString("")).isEqualTo("object");
		assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail",
				"instance", "errors");
		assertThat(problem.at("/properties/status/type").asString("")).isEqualTo("integer");
		assertThat(problem.at("/properties/errors/items/properties").propertyNames()).contains("field", "message");
	}

	@Test
	void theApiAnswersWhatTheDocumentSays() throws Exception {
		mvc.perform(get("/api/v1/organizations/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/v1/organizations").param("page", "first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void infoNamesTheApiItsLicenceAndWhomToAsk() {
		JsonNode info = document.path("info");
		assertThat(info.path("title").asString("")).isEqualTo("Passerelle API");
		assertThat(info.path("description").asString("")).contains("HTTP Basic", "RFC 9457");
		assertThat(info.at("/license/name").asString("")).isNotBlank();
		assertThat(info.at("/contact/name").asString("")).isNotBlank();
		assertThat(document.at("/servers/0/url").asString("")).isEqualTo("/");
	}

	private boolean carriesVersion(JsonNode operation) {
		for (JsonNode media : operation.at("/requestBody/content")) {
			JsonNode schema = media.path("schema");
			String ref = schema.path("$ref").asString("");
			if (!ref.isEmpty()) {
				schema = document.at(ref.substring(1));
			}
			if (schema.path("properties").has("version")) {
				return true;
			}
		}
		return false;
	}

	/** Each security requirement as the set of scheme names it needs ({} for none). */
	private static List<Set<String>> requirements(JsonNode security) {
		List<Set<String>> requirements = new ArrayList<>();
		for (JsonNode requirement : security) {
			requirements.add(Set.copyOf(requirement.propertyNames()));
		}
		return requirements;
	}

}
