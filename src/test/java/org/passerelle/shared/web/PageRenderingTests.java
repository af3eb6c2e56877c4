package org.passerelle.shared.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages are rendered into bytes, then written whole with their length ({@link PageRendering}): the length is the
 * body's, in UTF-8, whatever the language.
 */
@IntegrationTest
class PageRenderingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageIsWrittenWholeWithItsLengthInUtf8() throws Exception {
		for (String language : new String[] { "ko", "fr" }) {
			// signed in, so that the page is rendered (anonymous pages may come from their cache)
			MockHttpServletResponse page = mvc
				.perform(get("/organizations").header("Accept-Language", language).with(TestAccounts.admin()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			byte[] body = page.getContentAsByteArray();
			String text = new String(body, StandardCharsets.UTF_8);
			assertThat(page.getContentType()).as(language).isEqualTo("text/html;charset=UTF-8");
			assertThat(page.getContentLength()).as(language).isEqualTo(body.length);
			assertThat(text.strip()).as(language).startsWith("<!DOCTYPE html>").endsWith("</html>");
			if (language.equals("ko")) {
				assertThat(text).contains("기관 명부").contains("lang=\"ko\"");
			}
			else {
				assertThat(text).contains("lang=\"fr\"");
			}
		}
	}

}
