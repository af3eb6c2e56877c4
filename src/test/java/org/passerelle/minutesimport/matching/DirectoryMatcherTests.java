package org.passerelle.minutesimport.matching;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PersonName;
import org.passerelle.minutesimport.DemoDirectory;
import org.passerelle.minutesimport.Seed;
import org.passerelle.minutesimport.parsing.AttendanceItem;
import org.passerelle.minutesimport.parsing.MinutesParserTests;
import org.passerelle.minutesimport.parsing.MinutesProposal;
import org.passerelle.shared.LocalizedName;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching against the demo directory (ids given in file order, no database). */
class DirectoryMatcherTests {

	static final DemoDirectory DEMO = DemoDirectory.get();

	final DirectoryMatcher matcher = DEMO.matcher();

	@Test
	void everyBodyOfEveryHeadingOfTheSeedMatchesItsDemoOrganization() {
		MinutesProposal seed = MinutesParserTests.SEED;
		JsonNode attendance = JsonMapper.builder().build().readTree(Seed.resource("demo/korea-group.json")).get("attendance");
		List<List<Long>> expected = new ArrayList<>();
		attendance.forEach(heading -> {
			List<Long> ids = new ArrayList<>();
			heading.get("organizations").forEach(key -> ids.add(DEMO.id(key.asString())));
			expected.add(ids);
		});
		List<List<Long>> actual = seed.attendance()
			.stream()
			.map(AttendanceItem::headingOrganizations)
			.distinct()
			.map(bodies -> bodies.stream().map(body -> matcher.matchOrganization(body).matchId()).toList())
			.toList();
		assertThat(actual).containsExactlyElementsOf(expected);
	}

	@Test
	void everyLineOfTheSeedMatchesItsDemoPersonAndOrganization() {
		MinutesProposal seed = MinutesParserTests.SEED;
		JsonNode attendance = JsonMapper.builder().build().readTree(Seed.resource("demo/korea-group.json")).get("attendance");
		List<List<Long>> expected = new ArrayList<>();
		attendance.forEach(heading -> heading.get("lines")
			.forEach(line -> expected.add(List.of(DEMO.id(line.get("person").asString()),
					DEMO.id(line.get("organization").asString())))));
		DirectoryMatches matches = matcher.match(seed);
		List<List<Long>> actual = seed.attendance()
			.stream()
			.map(item -> List.of(matches.person(item.personName()).orElseThrow().matchId(),
					matches.organization(item.organizationName()).orElseThrow().matchId()))
			.toList();
		assertThat(actual).containsExactlyElementsOf(expected);
		assertThat(matches.organizations()).hasSize(17).allSatisfy(match -> assertThat(match.confidence().matched()).isTrue());
		assertThat(matches.people()).hasSize(24).allSatisfy(match -> assertThat(match.confidence()).isEqualTo(MatchConfidence.EXACT));
	}

	@Test
	void organizationsMatchWithoutTheirKindOfBodyByAcronymOrOneLetterApart() {
		assertMatch("Ville d’Issy-Les-Moulineaux", "issy", MatchConfidence.NORMALIZED, "importing.match.withoutKind");
		assertMatch("Département des Yvelines", "yvelines", MatchConfidence.NORMALIZED, "importing.match.withoutKind");
		assertMatch("Région Ile de France", "idf", MatchConfidence.NORMALIZED, "importing.match.withoutKind");
		assertMatch("Commune de La Roche sur Yon", "la-roche-sur-yon", MatchConfidence.NORMALIZED, "importing.match.withoutKind");
		assertMatch("Grenoble-Alpes métropole", "grenoble-alpes", MatchConfidence.EXACT, "importing.match.sameName");
		assertMatch("METROPOLE NICE COTE D'AZUR", "nice-cote-azur", MatchConfidence.EXACT, "importing.match.sameName");
		assertMatch("Embassy of France in Korea", "ambassade-france", MatchConfidence.EXACT, "importing.match.sameName");
		assertMatch("서울특별시", "seoul", MatchConfidence.EXACT, "importing.match.sameName");
		assertMatch("DAECT", "daect", MatchConfidence.NORMALIZED, "importing.match.acronym");
		assertMatch("GAOK", "gaok", MatchConfidence.NORMALIZED, "importing.match.acronym");
		assertMatch("CUF", "cuf", MatchConfidence.NORMALIZED, "importing.match.acronym");
		assertMatch("MEL", "mel", MatchConfidence.NORMALIZED, "importing.match.acronym");
		assertMatch("Governors Aassociation Of Korea", "gaok", MatchConfidence.FUZZY, "importing.match.oneLetterApart");
		assertMatch("Daejon", "daejeon", MatchConfidence.FUZZY, "importing.match.oneLetterApart");
	}

	@Test
	void theKindOfBodyMustFitTheLevel() {
		// "Nice" is the commune: a metropolis named after it is another body, proposed as new.
		assertThat(matcher.matchOrganization("Métropole de Nice").confidence()).isEqualTo(MatchConfidence.NONE);
		assertThat(matcher.matchOrganization("Région Nice").matchId()).isNull();
		assertMatch("Ville de Nice", "nice", MatchConfidence.NORMALIZED, "importing.match.withoutKind");
	}

	@Test
	void shortNamesAndNewBodiesAreNotGuessed() {
		assertThat(matcher.matchOrganization("Nîmes").confidence()).isEqualTo(MatchConfidence.NONE);
		assertThat(matcher.matchOrganization("Ville de Toulon").confidence()).isEqualTo(MatchConfidence.NONE);
		assertThat(matcher.matchOrganization("Ville de Busan").confidence()).isEqualTo(MatchConfidence.NONE);
		assertThat(matcher.matchOrganization("Métropole de Lille").matchId()).isNull();
		assertThat(matcher.matchOrganization("").confidence()).isEqualTo(MatchConfidence.NONE);
		assertThat(matcher.matchOrganization(null).confidence()).isEqualTo(MatchConfidence.NONE);
	}

	@Test
	void peopleMatchInAnyOrderAndCaseWithAccentsAside() {
		assertPerson("Jeong Jae SONG", "Jeong Jae", "Song", "jeong-jae-song", MatchConfidence.EXACT);
		// The capitals told which part is the family name: read that way, the name is the directory's.
		assertPerson("SONG Jeong Jae", "Jeong Jae", "Song", "jeong-jae-song", MatchConfidence.EXACT);
		assertPerson("Song Jeong Jae", "Song", "Jeong Jae", "jeong-jae-song", MatchConfidence.NORMALIZED);
		assertPerson("Helene Crepeau", "Helene", "Crepeau", "helene-crepeau", MatchConfidence.EXACT);
		assertPerson("Elise Pereira Nunes", "Elise", "Pereira Nunes", "elise-pereira-nunes", MatchConfidence.EXACT);
		assertPerson("Guichard Claire", "Guichard", "Claire", "claire-guichard", MatchConfidence.NORMALIZED);
		assertPerson("Claire Guichar", "Claire", "Guichar", "claire-guichard", MatchConfidence.FUZZY);
		assertThat(matcher.matchPerson("Jean Dupont", "Jean", "Dupont").confidence()).isEqualTo(MatchConfidence.NONE);
		assertThat(matcher.matchPerson("Col", "", "Col").matchId()).isNull();
	}

	@Test
	void namesakesAreAmbiguousAndTheCoordinatorChooses() {
		DirectoryMatcher namesakes = new DirectoryMatcher(
				List.of(organization(1, "Saint-Denis", AuthorityLevel.FR_MUNICIPALITY),
						organization(2, "Saint-Denis", AuthorityLevel.FR_MUNICIPALITY)),
				List.of(new PersonName(7, "Marie", "Martin"), new PersonName(8, "Marie", "Martin")));

		OrganizationMatch town = namesakes.matchOrganization("Ville de Saint-Denis");
		assertThat(town.matchId()).isNull();
		assertThat(town.confidence()).isEqualTo(MatchConfidence.AMBIGUOUS);
		assertThat(town.candidateIds()).containsExactly(1L, 2L);
		PersonMatch marie = namesakes.matchPerson("Marie MARTIN", "Marie", "Martin");
		assertThat(marie.confidence()).isEqualTo(MatchConfidence.AMBIGUOUS);
		assertThat(marie.candidateIds()).containsExactly(7L, 8L);
	}

	private void assertMatch(String name, String key, MatchConfidence confidence, String reason) {
		OrganizationMatch match = matcher.matchOrganization(name);
		assertThat(match.matchId()).as(name).isEqualTo(DEMO.id(key));
		assertThat(match.confidence()).as(name).isEqualTo(confidence);
		assertThat(match.reason()).as(name).isEqualTo(reason);
		assertThat(match.matchedName()).as(name).isNotBlank();
	}

	private void assertPerson(String name, String given, String family, String key, MatchConfidence confidence) {
		PersonMatch match = matcher.matchPerson(name, given, family);
		assertThat(match.matchId()).as(name).isEqualTo(DEMO.id(key));
		assertThat(match.confidence()).as(name).isEqualTo(confidence);
	}

	private static OrganizationSummary organization(long id, String name, AuthorityLevel level) {
		return new OrganizationSummary(id, OrganizationKind.LOCAL_AUTHORITY, "FR", level, null,
				new LocalizedName(name, null, null, null), null, false);
	}

}
