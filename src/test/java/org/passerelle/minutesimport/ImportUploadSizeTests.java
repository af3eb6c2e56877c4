package org.passerelle.minutesimport;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.ServerClient;
import org.passerelle.support.SessionCookie;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.UnreadBodyRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The importer's routes refuse a body over their limit before reading it: the form with its message next to the
 * upload field, the API with a 413 problem. (ImportUploadLimitTests does the same on the real server.)
 */
@IntegrationTest
class ImportUploadSizeTests {

	private static final String BOUNDARY = "----passerelle-size";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** A multipart body with one file of {@code size} bytes, as a browser sends it. */
	static byte[] multipart(String fileName, int size) {
		return ServerClient.multipart(BOUNDARY, fileName, "application/pdf", new byte[size]);
	}

	/** The ids of the stored imports: a refused upload adds none (rows others delete meanwhile do not matter). */
	private List<String> importIds() {
		return jdbc.queryForList("select id::text from meeting_import", String.class);
	}

	@Test
	void theImportFormRefusesMoreThanTheImporterReads() throws Exception {
		List<String> before = importIds();
		MvcResult refused = mvc.perform(post("/meetings/import").with(TestAccounts.coordinator())
			.with(csrf())
			.contentType("multipart/form-data; boundary=" + BOUNDARY)
			.content(multipart("minutes.pdf", 7 * 1024 * 1024)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/meetings/import"))
			.andReturn();
		mvc.perform(get("/meetings/import").cookie(SessionCookie.of(refused))
			.with(TestAccounts.coordinator())
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 5 MB.")));
		assertThat(importIds()).as("a new import").isSubsetOf(before);
	}

	@Test
	void theImportApiAnswers413ForAFileOverTheLimit() throws Exception {
		List<String> before = importIds();
		mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.coordinator())
			.contentType("multipart/form-data; boundary=" + BOUNDARY)
			.content(multipart("minutes.docx", 7 * 1024 * 1024)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.type").value("https://passerelle.example/problems/too-large"))
			.andExpect(jsonPath("$.status").value(413))
			.andExpect(jsonPath("$.limit").value((long) TextExtractor.MAX_BYTES + 1024L * 1024))
			.andExpect(jsonPath("$.detail").value(containsString("6.0 MB")));
		assertThat(importIds()).as("a new import").isSubsetOf(before);
	}

	@Test
	void theImportApiAnswers413ForTextOverTheLimit() throws Exception {
		List<String> before = importIds();
		byte[] text = new byte[7 * 1024 * 1024];
		Arrays.fill(text, (byte) 'a');
		mvc.perform(post("/api/v1/meeting-imports").with(TestAccounts.coordinator())
			.contentType("text/plain;charset=UTF-8")
			.content(text))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.type").value("https://passerelle.example/problems/too-large"));
		assertThat(importIds()).as("a new import").isSubsetOf(before);
	}

	@Test
	void theFilterAnswersWithoutReadingTheBody() throws Exception {
		// the importer's routes have the import module's own filter (the attachments' is UploadSizeTests')
		Filter imports = context.getBean("importUploadSizeFilter", Filter.class);
		for (String path : new String[] { "/api/v1/meeting-imports", "/meetings/import" }) {
			UnreadBodyRequest request = new UnreadBodyRequest(path, 50L * 1024 * 1024);
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();
			imports.doFilter(request, response, chain);

			assertThat(request.wasRead()).as(path).isFalse();
			assertThat(chain.getRequest()).as("%s went on", path).isNull();
			if (path.startsWith("/api/")) {
				assertThat(response.getStatus()).isEqualTo(413);
				assertThat(response.getContentAsString()).contains("\"status\":413", "too-large");
			}
			else {
				assertThat(response.getStatus()).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).isEqualTo("/meetings/import");
			}
		}
	}

}
