package org.passerelle.partnership;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.PartialDate;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of partnerships and themes, on the real database. */
@IntegrationTest
class PartnershipRegistryTests {

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry registry;

	@Autowired
	ActivityRegistry activities;

	@Autowired
	ThemeCatalog themes;

	PartnershipFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartnershipFixture(directory, registry, activities);
	}

	@Test
	void aTwinningKeepsItsPartiesInOrderItsPartialDateAndItsThemesInTheirOrder() {
		String token = TestData.unique();
		long issy = fixture.frenchTown("Issy " + token);
		long guro = fixture.koreanDistrict("구로구 " + token, "Guro-gu " + token);

		PartnershipView created = registry.create(PartnershipFixture.form(Instrument.TWINNING, "2005/2006",
				List.of(issy, guro), "smart-cities", "youth", "culture"));

		PartnershipView stored = registry.find(created.id()).orElseThrow();
		assertThat(stored.parties()).extracting(OrganizationSummary::id).containsExactly(issy, guro);
		assertThat(stored.started()).isEqualTo(PartialDate.parse("2005/2006"));
		assertThat(stored.themes()).extracting(ThemeView::code).containsExactly("youth", "culture", "smart-cities");
		assertThat(stored.themes().get(0).name().ko()).isEqualTo("청소년");
		assertThat(stored.nativeLabel()).isEqualTo("Issy " + token + " – 구로구 " + token);
		assertThat(stored.version()).isZero();
	}

	@Test
	void emptyPartyChoicesAreIgnoredButOneRealPartyIsNotEnough() {
		long town = fixture.frenchTown("Seule " + TestData.unique());
		PartnershipForm form = new PartnershipForm(Arrays.asList(town, null, null), Instrument.MOU,
				PartnershipStatus.ACTIVE, null, null, null, null, null);

		assertThatThrownBy(() -> registry.create(form)).isInstanceOfSatisfying(InvalidFieldException.class, ex -> {
			assertThat(ex.field()).isEqualTo("parties");
			assertThat(ex.messageKey()).isEqualTo("partnership.partiesTooFew");
		});
	}

	@Test
	void partiesMustComeFromAtLeastTwoCountries() {
		String token = TestData.unique();
		long tours = fixture.frenchTown("Tours " + token);
		long nice = fixture.frenchTown("Nice " + token);

		assertThatThrownBy(() -> registry.create(PartnershipFixture.form(Instrument.FRIENDSHIP, null, List.of(tours, nice))))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("partnership.partiesOneCountry"));
	}

	@Test
	void threePartiesOfTwoCountriesAreAPartnership() {
		String token = TestData.unique();
		long nice = fixture.frenchTown("Nice " + token);
		long metropole = fixture.frenchRegion("Région " + token);
		long seoul = fixture.koreanDistrict("서울 " + token);

		PartnershipView created = registry.create(
				PartnershipFixture.form(Instrument.EXCHANGES, null, List.of(nice, metropole, seoul), "soft-mobility"));

		assertThat(created.partyIds()).containsExactly(nice, metropole, seoul);
	}

	@Test
	void aPartyGivenTwiceIsRefused() {
		String token = TestData.unique();
		long tours = fixture.frenchTown("Tours " + token);
		long suwon = fixture.koreanDistrict("수원 " + token);

		assertThatThrownBy(() -> registry
			.create(PartnershipFixture.form(Instrument.LETTER_OF_INTENT, "2019-07", List.of(tours, suwon, tours))))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("partnership.partiesRepeated"));
	}

	@Test
	void anUnknownOrganizationIsNamedByItsPosition() {
		long tours = fixture.frenchTown("Tours " + TestData.unique());

		assertThatThrownBy(() -> registry
			.create(PartnershipFixture.form(Instrument.MOU, null, List.of(tours, TestData.NO_SUCH_ID))))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("parties[1]");
				assertThat(ex.messageKey()).isEqualTo("partnership.partyUnknown");
			});
	}

	@Test
	void anUnknownThemeIsRefused() {
		String token = TestData.unique();
		long tours = fixture.frenchTown("Tours " + token);
		long suwon = fixture.koreanDistrict("수원 " + token);

		assertThatThrownBy(() -> registry
			.create(PartnershipFixture.form(Instrument.MOU, null, List.of(tours, suwon), "no-such-theme")))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("themes");
				assertThat(ex.messageKey()).isEqualTo("theme.unknown");
			});
	}

	@Test
	void anEndBeforeTheStartIsRefused() {
		String token = TestData.unique();
		PartnershipForm form = new PartnershipForm(
				List.of(fixture.frenchTown("A " + token), fixture.koreanDistrict("B " + token)), Instrument.TWINNING,
				PartnershipStatus.ENDED, "2010", "2009-12", null, null, null);

		assertThatThrownBy(() -> registry.create(form)).isInstanceOfSatisfying(InvalidFieldException.class,
				ex -> assertThat(ex.field()).isEqualTo("ended"));
	}

	@Test
	void anArchivedThemeIsNoLongerOfferedNorAcceptedButStaysWhereItWas() {
		String code = "test-" + TestData.unique();
		themes.add(new ThemeForm(code, "Thème de test", "시험 주제", "Test theme"));
		PartnershipView tagged = fixture.twinning(code);
		themes.setArchived(code, true);

		assertThat(registry.themes()).extracting(ThemeView::code).doesNotContain(code).contains("youth", "water");
		assertThatThrownBy(() -> fixture.twinning(code)).isInstanceOf(InvalidFieldException.class);
		PartnershipView kept = registry.update(tagged.id(), new PartnershipForm(tagged.partyIds(), Instrument.TWINNING,
				PartnershipStatus.DORMANT, null, null, List.of(code), null, tagged.version()));
		assertThat(kept.themes()).extracting(ThemeView::code).containsExactly(code);
		assertThat(kept.status()).isEqualTo(PartnershipStatus.DORMANT);
	}

	@Test
	void themesComeByPosition() {
		List<ThemeView> listed = registry.themes();
		assertThat(listed.subList(0, 4)).extracting(ThemeView::code)
			.containsExactly("sustainable-development", "tourism", "social-action", "youth");
	}

	@Test
	void anUpdateNeedsTheVersionReadAndAStaleOneFails() {
		PartnershipView read = fixture.twinning("youth");
		PartnershipForm withoutVersion = new PartnershipForm(read.partyIds(), Instrument.FRIENDSHIP,
				PartnershipStatus.ACTIVE, null, null, null, null, null);
		assertThatThrownBy(() -> registry.update(read.id(), withoutVersion))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> assertThat(ex.field()).isEqualTo("version"));

		PartnershipView updated = registry.update(read.id(), new PartnershipForm(read.partyIds(), Instrument.FRIENDSHIP,
				PartnershipStatus.ACTIVE, "2006", null, List.of("culture"), "Renewed", read.version()));
		assertThat(updated.version()).isEqualTo(read.version() + 1);
		assertThat(updated.themes()).extracting(ThemeView::code).containsExactly("culture");

		PartnershipForm stale = new PartnershipForm(read.partyIds(), Instrument.MOU, PartnershipStatus.ACTIVE, null,
				null, null, null, read.version());
		assertThatThrownBy(() -> registry.update(read.id(), stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(registry.find(read.id()).orElseThrow().instrument()).isEqualTo(Instrument.FRIENDSHIP);
	}

	@Test
	void countsAndListsCoverTheGivenOrganizationsAndLeaveArchivedPartnershipsOut() {
		String token = TestData.unique();
		long issy = fixture.frenchTown("Issy " + token);
		long guro = fixture.koreanDistrict("구로 " + token);
		long seocho = fixture.koreanDistrict("서초 " + token);
		long tours = fixture.frenchTown("Tours " + token);
		long suwon = fixture.koreanDistrict("수원 " + token);
		PartnershipView twinning = fixture.partnership(Instrument.TWINNING, "2005", issy, guro, "youth", "culture");
		fixture.partnership(Instrument.EXCHANGES, null, issy, seocho, "youth");
		PartnershipView archived = fixture.partnership(Instrument.MOU, null, issy, seocho, "water");
		registry.archive(archived.id());
		fixture.partnership(Instrument.LETTER_OF_INTENT, "2019-07", tours, suwon, "sport");

		assertThat(registry.partnershipsOf(List.of(issy))).extracting(PartnershipView::instrument)
			.containsExactlyInAnyOrder(Instrument.TWINNING, Instrument.EXCHANGES);
		assertThat(registry.partnershipsOf(List.of(guro))).extracting(PartnershipView::id)
			.containsExactly(twinning.id());
		// read together, each with its own parties (in order) and themes (by position)
		assertThat(registry.partnershipsOf(List.of(issy, tours)))
			.extracting(view -> view.instrument() + " " + view.partyIds() + " "
					+ view.themes().stream().map(ThemeView::code).toList())
			.containsExactlyInAnyOrder("TWINNING [" + issy + ", " + guro + "] [youth, culture]",
					"EXCHANGES [" + issy + ", " + seocho + "] [youth]",
					"LETTER_OF_INTENT [" + tours + ", " + suwon + "] [sport]");
		assertThat(registry.partnershipsOf(List.of(TestData.NO_SUCH_ID))).isEmpty();
		assertThat(registry.countByInstrument(List.of(issy, guro, seocho)))
			.containsExactly(java.util.Map.entry(Instrument.TWINNING, 1L), java.util.Map.entry(Instrument.EXCHANGES, 1L));
		assertThat(registry.countByTheme(List.of(issy, tours)))
			.containsExactly(java.util.Map.entry("youth", 2L), java.util.Map.entry("culture", 1L),
					java.util.Map.entry("sport", 1L));
		assertThat(registry.countByInstrument(List.of())).isEmpty();
	}

	@Test
	void searchFiltersOnPartiesNamesCountriesLevelsAndOwnFields() {
		String token = TestData.unique();
		long etienne = fixture.frenchTown("Saint-Étienne-" + token);
		long region = fixture.frenchRegion("Région " + token);
		long daegu = fixture.koreanDistrict("대구 " + token, "Daegu " + token);
		PartnershipView twinning = fixture.partnership(Instrument.TWINNING, "2005", etienne, daegu, "water");
		PartnershipView letter = fixture.partnership(Instrument.LETTER_OF_INTENT, "2018", region, daegu, "robotics-new-tech");

		assertThat(ids(new PartnershipFilter(null, null, null, null, null, "saint etienne " + token, null)))
			.containsExactly(twinning.id());
		assertThat(ids(new PartnershipFilter(null, null, null, null, null, "daegu " + token, null)))
			.containsExactlyInAnyOrder(twinning.id(), letter.id());
		assertThat(ids(new PartnershipFilter(null, null, null, null, null, "대구 " + token, null))).hasSize(2);
		assertThat(ids(new PartnershipFilter("KR", org.passerelle.directory.AuthorityLevel.FR_REGION, null, null, null,
				token, null)))
			.containsExactly(letter.id());
		assertThat(ids(new PartnershipFilter(null, null, Instrument.TWINNING, null, null, token, null)))
			.containsExactly(twinning.id());
		assertThat(ids(new PartnershipFilter(null, null, null, "robotics-new-tech", null, token, null)))
			.containsExactly(letter.id());
		assertThat(ids(new PartnershipFilter(null, null, null, null, PartnershipStatus.DORMANT, token, null))).isEmpty();
		assertThat(ids(new PartnershipFilter(null, null, null, null, null, null, etienne)))
			.containsExactly(twinning.id());
	}

	private List<Long> ids(PartnershipFilter filter) {
		return registry.search(filter, PageRequest.of(0, 50)).map(PartnershipView::id).getContent();
	}

}
