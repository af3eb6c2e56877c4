package org.passerelle.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Pages address their style sheet and scripts with a hash of the content, and browsers may keep those a year: a
 * page view no longer downloads them again (nor, signed in, reads the session for each).
 */
@IntegrationTest
class StaticFileCachingTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAddressStyleSheetAndScriptsByTheirContentAndBrowsersKeepThemAYear() throws Exception {
		String page = mvc.perform(get("/").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> assets = assetsOf(page);
		assertThat(assets).as("the home page's style sheet and scripts (charts included)")
			.hasSize(4)
			.allMatch(path -> path.matches(".*-[0-9a-f]{32}\\.(css|js)"), "has a content hash")
			.anyMatch(path -> path.startsWith("/css/passerelle-"))
			.anyMatch(path -> path.startsWith("/js/passerelle-"))
			.anyMatch(path -> path.contains("htmx.min-"))
			.anyMatch(path -> path.contains("echarts.min-"));

		for (String path : assets) {
			MockHttpServletResponse file = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
			assertThat(file.getContentLength()).as(path).isPositive();
			assertThat(file.getHeader("Cache-Control")).as(path).contains("max-age=31536000").contains("public")
				.doesNotContain("no-store");
			assertThat(file.getHeader("Set-Cookie")).as(path).isNull();
		}
	}

	@Test
	void signedInPagesUseTheSameAddresses() throws Exception {
		String anonymous = mvc.perform(get("/organizations").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String signedIn = mvc.perform(get("/organizations").header("Accept-Language", "fr").with(TestAccounts.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(assetsOf(signedIn)).hasSize(3).isEqualTo(assetsOf(anonymous));
	}

	private static List<String> assetsOf(String page) {
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		return assets;
	}

}
