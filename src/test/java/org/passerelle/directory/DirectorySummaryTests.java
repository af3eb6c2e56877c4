package org.passerelle.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.passerelle.shared.LocalizedName;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other modules read of organizations and people, on the real database: summaries by id in the order asked
 * (unknown ids left out, archived ones marked), the active organizations for choices, people's names without their
 * affiliations; and summaries are kept only until the data changes.
 */
@IntegrationTest
class DirectorySummaryTests {

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Autowired
	DataSource dataSource;

	@Autowired
	Organizations organizations;

	@Autowired
	People repository;

	@Test
	void organizationSummariesComeInTheOrderAskedWithArchivedOnesMarked() {
		String token = TestData.unique();
		long district = DirectoryFixtures.koreanDistrict(directory, null, "구로구 " + token, "Guro " + token,
				"Guro-gu " + token);
		long town = DirectoryFixtures.town(directory, "Issy " + token);
		long archived = DirectoryFixtures.town(directory, "Ancienne " + token);
		directory.archive(archived, null);

		assertThat(directory.organizationsById(List.of(town, TestData.NO_SUCH_ID, district, archived, town)))
			.containsOnlyKeys(town, district, archived)
			.satisfies(found -> assertThat(found.keySet()).containsExactly(town, district, archived));
		OrganizationSummary guro = directory.findOrganization(district).orElseThrow();
		assertThat(guro).isEqualTo(new OrganizationSummary(district, OrganizationKind.LOCAL_AUTHORITY, "KR",
				AuthorityLevel.KR_DISTRICT, null,
				new LocalizedName("구로구 " + token, "Guro " + token, null, "Guro-gu " + token), null, false));
		assertThat(directory.findOrganization(archived).orElseThrow().archived()).isTrue();
		assertThat(directory.findOrganization(TestData.NO_SUCH_ID)).isEmpty();
		assertThat(directory.organizationsById(List.of())).isEmpty();
	}

	@Test
	void activeOrganizationsLeaveArchivedOnesOutByCountryThenName() {
		String token = TestData.unique();
		long zeta = DirectoryFixtures.town(directory, "Zeta " + token);
		long alpha = DirectoryFixtures.town(directory, "Alpha " + token);
		long korean = DirectoryFixtures.koreanDistrict(directory, null, "가나 " + token, null, null);
		long archived = DirectoryFixtures.town(directory, "Beta " + token);
		directory.archive(archived, null);

		List<Long> ours = directory.activeOrganizations()
			.stream()
			.filter(organization -> organization.name().nativeName().endsWith(token))
			.map(OrganizationSummary::id)
			.toList();
		assertThat(ours).containsExactly(alpha, zeta, korean);
	}

	@Test
	void aChangeIsSeenAtTheNextRead() {
		String token = TestData.unique();
		long town = DirectoryFixtures.town(directory, "Avant " + token);
		assertThat(directory.findOrganization(town).orElseThrow().name().nativeName()).isEqualTo("Avant " + token);
		assertThat(directory.activeOrganizations()).extracting(OrganizationSummary::id).contains(town);

		long version = directory.get(town).getVersion();
		directory.update(town, DirectoryFixtures.townForm("Après " + token, version));
		assertThat(directory.findOrganization(town).orElseThrow().name().nativeName()).isEqualTo("Après " + token);
		assertThat(directory.organizationsById(List.of(town)).get(town).name().nativeName()).isEqualTo("Après " + token);
		assertThat(directory.activeOrganizations()).filteredOn(organization -> organization.id() == town)
			.extracting(organization -> organization.name().nativeName())
			.containsExactly("Après " + token);

		directory.archive(town, null);
		assertThat(directory.findOrganization(town).orElseThrow().archived()).isTrue();
		assertThat(directory.activeOrganizations()).extracting(OrganizationSummary::id).doesNotContain(town);
	}

	@Test
	void aChangeMadeThroughAnotherConnectionIsSeenOnceHeard() throws Exception {
		String token = TestData.unique();
		long town = DirectoryFixtures.town(directory, "Ici " + token);
		assertThat(directory.findOrganization(town).orElseThrow().name().nativeName()).isEqualTo("Ici " + token);
		assertKept(() -> directory.findOrganization(town).orElseThrow());
		assertKept(directory::activeOrganizations);

		// as another instance would: its own connection and commit, no transaction of this application
		try (Connection other = dataSource.getConnection();
				PreparedStatement rename = other.prepareStatement("update organization set name_native = ? where id = ?")) {
			other.setAutoCommit(true);
			rename.setString(1, "Ailleurs " + token);
			rename.setLong(2, town);
			assertThat(rename.executeUpdate()).isEqualTo(1);
		}

		// PostgreSQL's notification arrives a moment after the commit: until it is heard, what was kept may still be
		// served (and what was not kept is read fresh), so wait for every view, not for the first one to change
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!(renamed(directory.findOrganization(town).orElseThrow())
				&& renamed(directory.organizationsById(List.of(town)).get(town))
				&& directory.activeOrganizations().stream().filter(organization -> organization.id() == town)
					.allMatch(DirectorySummaryTests::renamed))
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(directory.organizationsById(List.of(town)).get(town).name().nativeName()).isEqualTo("Ailleurs " + token);
		assertThat(directory.activeOrganizations()).filteredOn(organization -> organization.id() == town)
			.extracting(organization -> organization.name().nativeName())
			.containsExactly("Ailleurs " + token);
	}

	private static boolean renamed(OrganizationSummary organization) {
		return organization.name().nativeName().startsWith("Ailleurs");
	}

	@Test
	void listsOfPeopleCarryEachPersonsOwnAffiliationsInOrder() {
		String token = TestData.unique();
		long first = DirectoryFixtures.town(directory, "Première " + token);
		long second = DirectoryFixtures.koreanDistrict(directory, null, "두번째 " + token, null, null);
		long both = people.create(new PersonForm("Claire", "Bdeux" + token, null, null, null, null,
				List.of(new PersonForm.AffiliationForm(second, "Conseillère", "2019-07", null),
						new PersonForm.AffiliationForm(first, "Adjointe", "2015", "2018")),
				null))
			.id();
		long one = DirectoryFixtures.person(people, "Hyun", "Aun" + token, first);
		long none = DirectoryFixtures.person(people, "Sans", "Cnone" + token);
		long archived = DirectoryFixtures.person(people, "Paul", "Darchive" + token, first);
		people.archive(archived);

		List<Person> listed = people.search(token, null, null, org.springframework.data.domain.PageRequest.of(0, 10))
			.getContent();
		assertThat(listed).extracting(Person::getId).containsExactly(one, both, none);
		assertThat(listed.get(1).getAffiliations()).containsExactly(
				new Affiliation(second, "Conseillère", org.passerelle.shared.PartialDate.parse("2019-07"), null),
				new Affiliation(first, "Adjointe", org.passerelle.shared.PartialDate.parse("2015"),
						org.passerelle.shared.PartialDate.parse("2018")));
		assertThat(listed.get(0).getAffiliations()).extracting(Affiliation::organizationId).containsExactly(first);
		assertThat(listed.get(2).getAffiliations()).isEmpty();
		assertThat(listed.get(1).getEmail()).isNull();
		assertThat(listed.get(0).getEmail()).endsWith("@example.org");
		assertThat(listed.get(0).getVersion()).isEqualTo(people.get(one).getVersion());

		assertThat(people.affiliatedWith(first)).extracting(Person::getId).containsExactly(one, both);
		assertThat(people.affiliatedWith(second)).singleElement()
			.satisfies(person -> assertThat(person.getAffiliations()).hasSize(2));
	}

	@Test
	void organizationsAndPeopleReadByTheDirectorysOwnQueriesAreWhatTheRepositoriesLoad() {
		String token = TestData.unique();
		long department = DirectoryFixtures.organization(directory, OrganizationKind.LOCAL_AUTHORITY, "FR",
				AuthorityLevel.FR_DEPARTMENT, "Département " + token);
		long town = directory.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR",
				AuthorityLevel.FR_MUNICIPALITY, null, "92040", department, "Issy " + token, "Issy-les-Moulineaux",
				"이시레물리노", "Issy", 68000, 2021, "INSEE", "https://www.issy.com", "mairie@issy.test",
				"+33 1 41 23 80 00", "62 rue du Général Leclerc", "Jumelée avec Guro-gu", null))
			.id();
		long institution = DirectoryFixtures.organization(directory, OrganizationKind.INSTITUTION, "KR", null,
				"Ambassade " + token);
		long person = DirectoryFixtures.person(people, "Claire", "Guichard" + token, town, institution);

		for (long id : List.of(department, town, institution)) {
			assertThat(directory.get(id)).usingRecursiveComparison().isEqualTo(organizations.findById(id).orElseThrow());
		}
		assertThat(directory.children(department)).singleElement()
			.usingRecursiveComparison()
			.isEqualTo(organizations.findById(town).orElseThrow());
		assertThat(directory.search(new OrganizationFilter("FR", null, null, "issy " + token),
				org.springframework.data.domain.PageRequest.of(0, 5)))
			.singleElement()
			.usingRecursiveComparison()
			.isEqualTo(organizations.findById(town).orElseThrow());
		assertThat(people.search("guichard" + token, null, null, org.springframework.data.domain.PageRequest.of(0, 5)))
			.singleElement()
			.usingRecursiveComparison()
			.isEqualTo(repository.findById(person).orElseThrow());
	}

	/**
	 * Two reads in a row give the same instance: it was kept. A commit in between (another test context's background
	 * work, heard from PostgreSQL) would start a new generation, so a few tries are allowed.
	 */
	private static void assertKept(Supplier<?> read) {
		for (int attempt = 0; attempt < 20; attempt++) {
			if (read.get() == read.get()) {
				return;
			}
		}
		throw new AssertionError("read again rather than kept");
	}

	@Test
	void peopleSummariesAreNamesInTheOrderAskedWithArchivedOnesMarked() {
		String token = TestData.unique();
		long town = DirectoryFixtures.town(directory, "Ville " + token);
		long korean = DirectoryFixtures.person(people, "민수", "김", town);
		long french = DirectoryFixtures.person(people, "Claire", "Martin" + token, town);
		long archived = DirectoryFixtures.person(people, "Paul", "Ancien" + token);
		people.archive(archived);

		assertThat(people.peopleById(List.of(french, TestData.NO_SUCH_ID, korean, archived)))
			.containsExactly(java.util.Map.entry(french, new PersonSummary(french, "Claire Martin" + token, false)),
					java.util.Map.entry(korean, new PersonSummary(korean, "김민수", false)),
					java.util.Map.entry(archived, new PersonSummary(archived, "Paul Ancien" + token, true)));
		assertThat(people.findPerson(korean)).contains(new PersonSummary(korean, "김민수", false));
		assertThat(people.findPerson(TestData.NO_SUCH_ID)).isEmpty();
	}

}
