package org.passerelle.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.group.GroupRole;
import org.passerelle.shared.TextNormalizer;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data is the seed, faithfully: checked against the text of the minutes itself, and against what
 * the loader stored.
 */
@IntegrationTest
class DemoDataTests {

	static DemoData data;

	static String seed;

	@Autowired
	Directory directory;

	@Autowired
	GroupManagement groups;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void read() throws IOException {
		data = DemoDataLoader.read();
		try (InputStream in = new ClassPathResource("seed/compte-rendu-groupe-pays-coree-2021-01-28.txt").getInputStream()) {
			seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The seed with line breaks and PDF hyphenation undone, folded for comparison. */
	static String foldedSeed() {
		String joined = seed.replaceAll("-\\s*\\n\\s*", "").replaceAll("\\s+", " ");
		return TextNormalizer.fold(joined);
	}

	/**
	 * Joins an affiliation {@code a} to the organizations of the demo's Korea group, so that people other tests make
	 * (with their own names, in their own organizations) are never counted.
	 */
	private static final String DEMO_ORGANIZATIONS = "where a.organization_id in (select m.organization_id "
			+ "from group_membership m join country_group g on g.id = m.group_id where g.code = 'korea')";

	private CountryGroup koreaGroup() {
		return groups.activeGroups()
			.stream()
			.filter(g -> "korea".equals(g.getCode()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo data loads the korea group"));
	}

	@Test
	void attendanceListHasFourteenHeadingsTwentyFiveLinesTwentyFourPeople() throws IOException {
		var attendance = attendance();
		assertThat(attendance).hasSize(14);
		List<Map<String, Object>> lines = attendance.stream()
			.flatMap(h -> ((List<Map<String, Object>>) h.get("lines")).stream())
			.toList();
		assertThat(lines).hasSize(25);
		assertThat(lines.stream().map(l -> l.get("person")).distinct()).hasSize(24);
		assertThat(data.people()).hasSize(24);
	}

	@Test
	void everyHeadingNameAndTitleIsWrittenInTheSeed() throws IOException {
		String folded = foldedSeed();
		for (Map<String, Object> heading : attendance()) {
			assertThat(folded).as("heading").contains(TextNormalizer.fold((String) heading.get("heading")));
			for (Map<String, Object> line : (List<Map<String, Object>>) heading.get("lines")) {
				DemoData.Person person = data.people()
					.stream()
					.filter(p -> p.key().equals(line.get("person")))
					.findFirst()
					.orElseThrow();
				assertThat(folded).as("family name of %s", person.key()).contains(TextNormalizer.fold(person.familyName()));
				for (String part : ((String) line.get("title")).split(", ")) {
					assertThat(folded).as("title of %s", person.key()).contains(TextNormalizer.fold(part));
				}
			}
		}
	}

	@Test
	void storedPeopleCarryTheAttendanceTitlesAsAffiliations() throws IOException {
		int lines = 0;
		for (Map<String, Object> heading : attendance()) {
			for (Map<String, Object> line : (List<Map<String, Object>>) heading.get("lines")) {
				DemoData.Person person = data.people()
					.stream()
					.filter(p -> p.key().equals(line.get("person")))
					.findFirst()
					.orElseThrow();
				Integer count = jdbc.queryForObject("select count(*) from affiliation a join person p on p.id = a.person_id "
						+ DEMO_ORGANIZATIONS + " and p.family_name = ? and p.given_name = ? and a.title = ?", Integer.class,
						person.familyName(), person.givenName(), line.get("title"));
				assertThat(count).as("%s as %s", person.key(), line.get("title")).isGreaterThanOrEqualTo(1);
				lines++;
			}
		}
		assertThat(lines).isEqualTo(25);
		Integer guichard = jdbc.queryForObject("select count(*) from affiliation a join person p on p.id = a.person_id "
				+ DEMO_ORGANIZATIONS + " and p.family_name = 'Guichard'", Integer.class);
		assertThat(guichard).as("the chair is also a deputy mayor").isEqualTo(2);
	}

	@Test
	void koreanPartnersNamedInTheTextAreThereWithOfficialPopulation() {
		CountryGroup korea = koreaGroup();
		Map<String, OrganizationSummary> byEnglish = directory.organizationsById(korea.memberOrganizationIds())
			.values()
			.stream()
			.filter(o -> "KR".equals(o.country()))
			.collect(Collectors.toMap(o -> o.name().en() == null ? o.name().nativeName() : o.name().en(), o -> o, (a, b) -> a));
		assertThat(byEnglish.keySet()).anySatisfy(n -> assertThat(n).contains("Guro"))
			.anySatisfy(n -> assertThat(n).contains("Suwon"))
			.anySatisfy(n -> assertThat(n).contains("Seoul"))
			.anySatisfy(n -> assertThat(n).contains("Daejeon"))
			.anySatisfy(n -> assertThat(n).contains("Gyeonggi"))
			.anySatisfy(n -> assertThat(n).contains("Seocho"))
			.anySatisfy(n -> assertThat(n).contains("Free Economic Zone"));
		OrganizationSummary guro = byEnglish.entrySet()
			.stream()
			.filter(e -> e.getKey().contains("Guro"))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(guro.level()).isEqualTo(AuthorityLevel.KR_DISTRICT);
		assertThat(guro.name().nativeName()).isEqualTo("구로구");
		assertThat(guro.population()).isEqualTo(386127);
		Long parent = jdbc.queryForObject("select parent_id from organization where id = ?", Long.class, guro.id());
		assertThat(directory.findOrganization(parent).orElseThrow().name().nativeName()).isEqualTo("서울특별시");
	}

	@Test
	void everyOrganizationWithAnOfficialCodeHasASourcedPopulationAndNoOtherHasOne() {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select official_code, population, population_year, population_source from organization o "
						+ "where o.id in (select m.organization_id from group_membership m join country_group g "
						+ "on g.id = m.group_id where g.code = 'korea')");
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			if (row.get("official_code") != null) {
				assertThat(row.get("population")).isNotNull();
				assertThat(row.get("population_year")).isNotNull();
				assertThat((String) row.get("population_source")).isNotBlank();
			}
			else {
				assertThat(row.get("population")).isNull();
			}
		});
	}

	@Test
	void theKoreaGroupIsChairedByIssyAndListsEveryOrganizationOfTheFile() {
		CountryGroup korea = koreaGroup();
		assertThat(korea.getPartnerCountry()).isEqualTo("KR");
		assertThat(directory.findOrganization(korea.getChairOrganizationId()).orElseThrow().name().nativeName())
			.isEqualTo("Issy-les-Moulineaux");
		assertThat(korea.getMemberships()).hasSize(data.group().members().size());
		assertThat(korea.getMemberships()).anySatisfy(m -> assertThat(m.role()).isEqualTo(GroupRole.COORDINATOR));
		assertThat(korea.getHashtags()).contains("#KoreaFranceCooperation");
		Set<String> keys = new HashSet<>();
		data.organizations().forEach(o -> keys.add(o.key()));
		assertThat(data.group().members()).allSatisfy(m -> assertThat(keys).contains(m.organization()));
	}

	@Autowired
	org.passerelle.partnership.PartnershipRegistry partnerships;

	@Autowired
	org.passerelle.partnership.ActivityRegistry activities;

	/** The demo's partnership of these two members of the Korea group (other tests' namesakes aside). */
	private org.passerelle.partnership.PartnershipView partnershipOf(String frenchNative, String koreanNative) {
		List<Long> ids = directory.organizationsById(koreaGroup().memberOrganizationIds())
			.values()
			.stream()
			.filter(o -> o.name().nativeName().equals(frenchNative) || o.name().nativeName().equals(koreanNative))
			.map(OrganizationSummary::id)
			.toList();
		return partnerships.partnershipsOf(ids)
			.stream()
			.filter(p -> p.parties().stream().anyMatch(o -> o.name().nativeName().equals(frenchNative))
					&& p.parties().stream().anyMatch(o -> o.name().nativeName().equals(koreanNative)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no partnership " + frenchNative + " - " + koreanNative));
	}

	@Test
	void partnershipsKeepTheInstrumentAndThePrecisionOfTheirDates() {
		var issyGuro = partnershipOf("Issy-les-Moulineaux", "구로구");
		assertThat(issyGuro.instrument()).isEqualTo(org.passerelle.partnership.Instrument.TWINNING);
		assertThat(issyGuro.started()).hasToString("2005/2006");
		assertThat(issyGuro.themes()).extracting(t -> t.code()).contains("youth", "culture", "e-government", "smart-cities");
		var toursSuwon = partnershipOf("Tours", "수원시");
		assertThat(toursSuwon.instrument()).isEqualTo(org.passerelle.partnership.Instrument.LETTER_OF_INTENT);
		assertThat(toursSuwon.started()).hasToString("2019-07");
		var niceDaejeon = partnershipOf("Nice", "대전광역시");
		assertThat(niceDaejeon.instrument()).isEqualTo(org.passerelle.partnership.Instrument.MOU);
		assertThat(niceDaejeon.started()).hasToString("2005");
		var idfGyeonggi = partnershipOf("Île-de-France", "경기도");
		assertThat(idfGyeonggi.started()).hasToString("2016");
		assertThat(data.partnerships()).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void theYouthExchangeRunsSince2008AndItsVisitOf2020IsPostponedTo2022() {
		var issyGuro = partnershipOf("Issy-les-Moulineaux", "구로구");
		var ofPartnership = activities.ofPartnership(issyGuro.id());
		assertThat(ofPartnership).anySatisfy(a -> {
			assertThat(a.title()).contains("Youth Exchange Program");
			assertThat(a.starts()).hasToString("2008");
			assertThat(a.status()).isEqualTo(org.passerelle.partnership.ActivityStatus.ONGOING);
		});
		assertThat(ofPartnership).anySatisfy(a -> {
			assertThat(a.starts()).hasToString("2020");
			assertThat(a.status()).isEqualTo(org.passerelle.partnership.ActivityStatus.POSTPONED);
			assertThat(a.postponedTo()).hasToString("2022");
		});
	}

	/**
	 * Every activity the seed tells of as part of a partnership is on it, so the partnership page shows it: read
	 * paragraph by paragraph (issue 9: Tours' Korean culture day was Tours' own, and the Tours–Suwon page empty).
	 */
	@Test
	void everyActivityTheMinutesTieToAPartnershipIsOnIt() {
		Map<String, String> expected = Map.ofEntries(Map.entry("tours-journee-culture-coreenne", "tours-suwon"),
				Map.entry("issy-guro-yep", "issy-guro"), Map.entry("issy-guro-yep-accueil-coreens", "issy-guro"),
				Map.entry("issy-guro-echanges-numeriques", "issy-guro"), Map.entry("issy-guro-echange-musique", "issy-guro"),
				Map.entry("issy-guro-jo-paris-2024", "issy-guro"),
				Map.entry("issy-seocho-proposition-echange", "issy-seocho"),
				Map.entry("nice-seoul-bonnes-pratiques-crise-sanitaire", "nice-seoul"),
				Map.entry("ara-dgfez-echanges-delegations", "ara-dgfez"),
				Map.entry("mel-daegu-echanges-prealables", "mel-daegu"),
				Map.entry("mel-daegu-echanges-universitaires", "mel-daegu"),
				Map.entry("mel-daegu-promotion-destinations", "mel-daegu"),
				Map.entry("mel-daegu-attractivite-economique", "mel-daegu"),
				Map.entry("idf-gyeonggi-start-up-incubateurs", "idf-gyeonggi"),
				Map.entry("idf-gyeonggi-nouveaux-axes", "idf-gyeonggi"),
				Map.entry("yvelines-seoul-developpement-partenariats", "yvelines-seoul"));
		Map<String, String> stated = new java.util.HashMap<>();
		data.activities().forEach(a -> stated.put(a.key(), a.partnership()));
		expected.forEach((activity, partnership) -> assertThat(stated.get(activity)).as(activity).isEqualTo(partnership));

		var toursSuwon = partnershipOf("Tours", "수원시");
		assertThat(activities.ofPartnership(toursSuwon.id())).anySatisfy(a -> {
			assertThat(a.title()).isEqualTo("Journée de la culture coréenne à Tours");
			assertThat(a.starts()).hasToString("2021-05-29");
			assertThat(a.organizationId()).isNull();
		});
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> attendance() throws IOException {
		try (InputStream in = new ClassPathResource(DemoDataLoader.RESOURCE).getInputStream()) {
			Map<String, Object> root = tools.jackson.databind.json.JsonMapper.builder().build().readValue(in, Map.class);
			return (List<Map<String, Object>>) root.get("attendance");
		}
	}

}
