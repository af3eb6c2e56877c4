package org.passerelle.partnership;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partnership list and the themes page sort by the names the reader sees, in the reader's collation (issue 9,
 * point 4): for a Korean reader the Korean names first in 가나다 order (수원시 among them), for a French reader the
 * French names with their accents in French order (Écully among the E).
 */
@IntegrationTest
class PartnershipCollationTests {

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry registry;

	@Autowired
	ThemeCatalog themes;

	@Autowired
	MockMvc mvc;

	private long french(String name) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR",
				AuthorityLevel.FR_MUNICIPALITY, null, null, null, name, null, null, null, null, null, null, null, null,
				null, null, null, null))
			.id();
	}

	private long korean(String nativeName, String frenchName) {
		return directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "KR", AuthorityLevel.KR_CITY,
				null, null, null, nativeName, frenchName, null, null, null, null, null, null, null, null, null, null,
				null))
			.id();
	}

	private long partnership(long first, long second) {
		return registry.create(PartnershipFixture.form(Instrument.FRIENDSHIP, "2010", List.of(first, second))).id();
	}

	@Test
	void eachReaderGetsThePartnershipsInTheOrderOfTheNamesTheySee() throws Exception {
		String token = TestData.unique();
		long suwon = partnership(korean("수원시 " + token, "Suwon " + token), french("Aubagne " + token));
		long gapyeong = partnership(korean("가평군 " + token, "Gapyeong " + token), french("Blois " + token));
		long zuydcoote = partnership(french("Zuydcoote " + token), korean("서울 " + token, "Séoul " + token));
		long ecully = partnership(french("Écully " + token), korean("부산 " + token, "Busan " + token));
		PartnershipFilter mine = new PartnershipFilter(null, null, null, null, null, token, null);

		assertThat(ids(mine, Locale.KOREAN)).containsExactly(gapyeong, suwon, ecully, zuydcoote);
		assertThat(ids(mine, Locale.FRENCH)).containsExactly(ecully, gapyeong, suwon, zuydcoote);
		// before: by the folded native names, whatever the reader (every Latin name before any Korean one)
		assertThat(registry.search(mine, PageRequest.of(0, 10)).getContent()).extracting(PartnershipView::id)
			.containsExactly(ecully, zuydcoote, gapyeong, suwon);

		String korean = page("/partnerships?q=" + token, "ko");
		assertThat(korean.indexOf("/partnerships/" + gapyeong + "\"")).isPositive()
			.isLessThan(korean.indexOf("/partnerships/" + suwon + "\""));
		assertThat(korean.indexOf("/partnerships/" + suwon + "\"")).isLessThan(korean.indexOf("/partnerships/" + ecully + "\""));
		String french = page("/partnerships?q=" + token, "fr");
		assertThat(french.indexOf("/partnerships/" + ecully + "\"")).isPositive()
			.isLessThan(french.indexOf("/partnerships/" + gapyeong + "\""));
		assertThat(french.indexOf("/partnerships/" + suwon + "\"")).isLessThan(french.indexOf("/partnerships/" + zuydcoote + "\""));
	}

	@Test
	void theOrganizationPageListsItsPartnershipsInTheReadersOrder() throws Exception {
		String token = TestData.unique();
		long centre = french("Centre " + token);
		long suwon = partnership(korean("수원시 " + token, "Suwon " + token), centre);
		long gapyeong = partnership(centre, korean("가평군 " + token, "Gapyeong " + token));
		long busan = partnership(centre, korean("부산 " + token, "Busan " + token));

		assertThat(registry.partnershipsOf(List.of(centre), Locale.KOREAN)).extracting(PartnershipView::id)
			.containsExactly(suwon, gapyeong, busan);
		assertThat(registry.partnershipsOf(List.of(centre), Locale.FRENCH)).extracting(PartnershipView::id)
			.containsExactly(busan, gapyeong, suwon);
		String korean = page("/organizations/" + centre, "ko");
		assertThat(korean.indexOf("/partnerships/" + suwon + "\"")).isPositive()
			.isLessThan(korean.indexOf("/partnerships/" + gapyeong + "\""));
		assertThat(korean.indexOf("/partnerships/" + gapyeong + "\"")).isLessThan(korean.indexOf("/partnerships/" + busan + "\""));
		String french = page("/organizations/" + centre, "fr");
		assertThat(french.indexOf("/partnerships/" + busan + "\"")).isPositive()
			.isLessThan(french.indexOf("/partnerships/" + gapyeong + "\""));
		assertThat(french.indexOf("/partnerships/" + gapyeong + "\"")).isLessThan(french.indexOf("/partnerships/" + suwon + "\""));
	}

	@Test
	void theThemesPageListsTheThemesByTheReadersNames() throws Exception {
		String token = TestData.unique();
		themes.add(new ThemeForm("economie-" + token, "Économie " + token, "경제 " + token, "Economy " + token));
		themes.add(new ThemeForm("culture-" + token, "Culture " + token, "문화 " + token, "Culture " + token));
		themes.add(new ThemeForm("zoologie-" + token, "Zoologie " + token, "동물 " + token, "Zoology " + token));

		String french = page("/themes", "fr");
		assertThat(french.indexOf("Culture " + token)).isPositive()
			.isLessThan(french.indexOf("Économie " + token));
		assertThat(french.indexOf("Économie " + token)).isLessThan(french.indexOf("Zoologie " + token));
		String korean = page("/themes", "ko");
		assertThat(korean.indexOf("경제 " + token)).isPositive().isLessThan(korean.indexOf("동물 " + token));
		assertThat(korean.indexOf("동물 " + token)).isLessThan(korean.indexOf("문화 " + token));
	}

	private List<Long> ids(PartnershipFilter filter, Locale reader) {
		return registry.search(filter, PageRequest.of(0, 10), reader).getContent().stream().map(PartnershipView::id).toList();
	}

	private String page(String url, String language) throws Exception {
		return mvc.perform(get(url).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
