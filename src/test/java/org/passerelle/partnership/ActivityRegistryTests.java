package org.passerelle.partnership;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.PartialDate;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of activities and the order of the latest ones, on the real database. */
@IntegrationTest
class ActivityRegistryTests {

	@Autowired
	Directory directory;

	@Autowired
	PartnershipRegistry partnerships;

	@Autowired
	ActivityRegistry registry;

	PartnershipFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartnershipFixture(directory, partnerships, registry);
	}

	@Test
	void theYouthExchangeProgramAndItsPostponedVisitAsInTheMinutes() {
		String token = TestData.unique();
		long issy = fixture.frenchTown("Issy-les-Moulineaux " + token);
		long guro = fixture.koreanDistrict("구로구 " + token);
		PartnershipView twinning = fixture.partnership(Instrument.TWINNING, "2005/2006", issy, guro, "youth");

		ActivityView yep = fixture.onPartnership(twinning.id(), "Youth Exchange Program", ActivityStatus.ONGOING, "2008",
				null);
		ActivityView visit = fixture.onPartnership(twinning.id(), "Accueil des Coréens", ActivityStatus.POSTPONED, "2020",
				"2022");

		assertThat(yep.subjectLabel()).isEqualTo("Issy-les-Moulineaux " + token + " – 구로구 " + token);
		assertThat(visit.postponedTo()).isEqualTo(PartialDate.ofYear(2022));
		assertThat(registry.ofPartnership(twinning.id())).extracting(ActivityView::title)
			.containsExactly("Accueil des Coréens", "Youth Exchange Program");
	}

	@Test
	void anActivityConcernsExactlyOneSubject() {
		PartnershipView twinning = fixture.twinning();
		long town = twinning.partyIds().get(0);

		assertThatThrownBy(() -> registry.create(new ActivityForm(twinning.id(), town, "Both", null, null, null,
				ActivityStatus.PLANNED, null, null)))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("partnershipId");
				assertThat(ex.messageKey()).isEqualTo("activity.subjectExactlyOne");
			});
		assertThatThrownBy(() -> registry
			.create(new ActivityForm(null, null, "Neither", null, null, null, ActivityStatus.PLANNED, null, null)))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("activity.subjectExactlyOne"));
		assertThatThrownBy(() -> registry.create(
				new ActivityForm(TestData.NO_SUCH_ID, null, "Unknown", null, null, null, ActivityStatus.PLANNED, null, null)))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("activity.partnershipUnknown"));
		assertThatThrownBy(() -> registry.create(
				new ActivityForm(null, TestData.NO_SUCH_ID, "Unknown", null, null, null, ActivityStatus.PLANNED, null, null)))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("organizationId"));
	}

	@Test
	void onlyAPostponedActivityHasAPostponedToDate() {
		PartnershipView twinning = fixture.twinning();

		assertThatThrownBy(() -> fixture.onPartnership(twinning.id(), "Visit", ActivityStatus.PLANNED, "2020", "2022"))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("postponedTo");
				assertThat(ex.messageKey()).isEqualTo("activity.postponedToOnlyWhenPostponed");
			});
		ActivityView postponed = fixture.onPartnership(twinning.id(), "Visit", ActivityStatus.POSTPONED, "2020", null);
		assertThat(postponed.postponedTo()).isNull();
	}

	@Test
	void anActivityOnAnArchivedPartnershipIsRefusedAndNoLongerListed() {
		PartnershipView twinning = fixture.twinning();
		ActivityView before = fixture.onPartnership(twinning.id(), "Before", ActivityStatus.DONE, "2019", null);
		partnerships.archive(twinning.id());

		assertThatThrownBy(() -> fixture.onPartnership(twinning.id(), "After", ActivityStatus.PLANNED, null, null))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("activity.partnershipUnknown"));
		assertThat(registry.latest(twinning.partyIds(), 10)).isEmpty();
		assertThat(registry.find(before.id())).isPresent();
	}

	@Test
	void latestComesMostRecentFirstUndatedLastAndCoversTheOrganizationsPartnerships() {
		String token = TestData.unique();
		long issy = fixture.frenchTown("Issy " + token);
		long guro = fixture.koreanDistrict("구로 " + token);
		long tours = fixture.frenchTown("Tours " + token);
		PartnershipView twinning = fixture.partnership(Instrument.TWINNING, "2005", issy, guro);
		fixture.onPartnership(twinning.id(), "YEP", ActivityStatus.ONGOING, "2008", null);
		fixture.onPartnership(twinning.id(), "Numérique", ActivityStatus.ONGOING, null, null);
		fixture.onPartnership(twinning.id(), "Visite", ActivityStatus.POSTPONED, "2020", "2022");
		fixture.onOrganization(issy, "Journée", ActivityStatus.PLANNED, "2021-05-29");
		ActivityView archived = fixture.onOrganization(issy, "Archivée", ActivityStatus.DONE, "2023");
		registry.archive(archived.id());
		fixture.onOrganization(tours, "Ailleurs", ActivityStatus.PLANNED, "2024");

		assertThat(registry.latest(List.of(issy), 10)).extracting(ActivityView::title)
			.containsExactly("Visite", "Journée", "YEP", "Numérique");
		assertThat(registry.latest(List.of(guro), 2)).extracting(ActivityView::title).containsExactly("Visite", "YEP");
		assertThat(registry.latest(List.of(issy), 10).get(1).subjectLabel()).isEqualTo("Issy " + token);
	}

	@Test
	void latestOrdersByTheLastDayAnyDateMayMeanInTheDatabaseAsInJava() {
		long town = fixture.frenchTown("Dates " + TestData.unique());
		List<ActivityForm> forms = List.of(
				new ActivityForm(null, town, "Février", null, "2021-02", null, ActivityStatus.DONE, null, null),
				new ActivityForm(null, town, "Fin février", null, "2021-02-28", null, ActivityStatus.DONE, null, null),
				new ActivityForm(null, town, "Période", null, "2019/2021-03", null, ActivityStatus.DONE, null, null),
				new ActivityForm(null, town, "Jusqu'en janvier", null, "2020", "2021-01-15", ActivityStatus.DONE, null,
						null),
				new ActivityForm(null, town, "Reportée", null, "2018", null, ActivityStatus.POSTPONED, "2024-02", null),
				new ActivityForm(null, town, "Sans date", null, null, null, ActivityStatus.PLANNED, null, null),
				new ActivityForm(null, town, "Décembre", null, "2020-12-31", null, ActivityStatus.DONE, null, null),
				new ActivityForm(null, town, "Année", null, "2020", null, ActivityStatus.DONE, null, null));
		forms.forEach(registry::create);

		List<ActivityView> latest = registry.latest(List.of(town), 20);
		// "Fin février" ends the same day as "Février": the last changed comes first; so do "Année" and "Décembre"
		assertThat(latest).extracting(ActivityView::title)
			.containsExactly("Reportée", "Période", "Fin février", "Février", "Jusqu'en janvier", "Année", "Décembre",
					"Sans date");
		assertThat(latest).extracting(ActivityView::mostRecentDay)
			.isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.<java.time.LocalDate>reverseOrder()))
			.startsWith(java.time.LocalDate.of(2024, 2, 29), java.time.LocalDate.of(2021, 3, 31));
		assertThat(registry.latest(List.of(town), 3)).extracting(ActivityView::title)
			.containsExactly("Reportée", "Période", "Fin février");
		assertThat(registry.latest(List.of(town), 0)).isEmpty();
	}

	@Test
	void searchFiltersByStatusYearAndName() {
		String token = TestData.unique();
		long nice = fixture.frenchTown("Nice-Côte " + token);
		long daejeon = fixture.koreanDistrict("대전 " + token);
		PartnershipView mou = fixture.partnership(Instrument.MOU, "2005", nice, daejeon);
		ActivityView visit = fixture.onPartnership(mou.id(), "Visite de délégation", ActivityStatus.POSTPONED, "2020",
				"2022");
		ActivityView ongoing = fixture.onPartnership(mou.id(), "Échanges de jeunes", ActivityStatus.ONGOING, "2008",
				null);

		assertThat(ids(new ActivityFilter(null, null, "nice cote " + token, null, null)))
			.containsExactly(visit.id(), ongoing.id());
		assertThat(ids(new ActivityFilter(null, null, "echanges " + token, null, null))).containsExactly(ongoing.id());
		assertThat(ids(new ActivityFilter(ActivityStatus.POSTPONED, null, token, null, null))).containsExactly(visit.id());
		assertThat(ids(new ActivityFilter(null, 2022, token, null, null))).containsExactly(visit.id(), ongoing.id());
		assertThat(ids(new ActivityFilter(null, 2007, token, null, null))).isEmpty();
		assertThat(ids(new ActivityFilter(null, 2010, token, null, null))).containsExactly(ongoing.id());
		assertThat(ids(new ActivityFilter(null, null, null, mou.id(), null))).containsExactly(visit.id(), ongoing.id());
		assertThat(ids(new ActivityFilter(null, null, null, null, daejeon))).containsExactly(visit.id(), ongoing.id());
	}

	@Test
	void aStaleUpdateFails() {
		PartnershipView twinning = fixture.twinning();
		ActivityView read = fixture.onPartnership(twinning.id(), "Concert", ActivityStatus.PLANNED, "2025", null);
		fixture.changedMeanwhile(read, ActivityStatus.DONE);

		assertThatThrownBy(() -> registry.update(read.id(), new ActivityForm(twinning.id(), null, "Concert annulé", null,
				"2025", null, ActivityStatus.CANCELLED, null, read.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(registry.find(read.id()).orElseThrow().status()).isEqualTo(ActivityStatus.DONE);
	}

	private List<Long> ids(ActivityFilter filter) {
		return registry.search(filter, PageRequest.of(0, 50)).map(ActivityView::id).getContent();
	}

}
