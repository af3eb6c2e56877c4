package org.passerelle.minutesimport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonName;
import org.passerelle.minutesimport.matching.DirectoryMatches;
import org.passerelle.minutesimport.parsing.AttendanceItem;
import org.passerelle.minutesimport.parsing.MinutesProposal;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed imported against the real directory with the demo data loaded: every heading organization and every
 * person of the attendance list matches its demo entry, looked up by name; nothing is stored.
 */
@IntegrationTest
class MinutesImporterTests {

	@Autowired
	MinutesImporter importer;

	@Autowired
	Directory directory;

	@Autowired
	PeopleDirectory people;

	@Test
	void everyHeadingOrganizationAndEveryPersonOfTheSeedMatchesItsDemoEntry() {
		JsonNode demo = JsonMapper.builder().build().readTree(Seed.resource("demo/korea-group.json"));
		Map<String, Long> organizationIds = organizationIdsByKey(demo);
		Map<String, Long> personIds = personIdsByKey(demo);

		ImportResult result = importer.importFile(Seed.text().getBytes(StandardCharsets.UTF_8), "compte-rendu.txt");

		assertThat(result).isInstanceOf(ImportProposal.class);
		ImportProposal imported = (ImportProposal) result;
		MinutesProposal proposal = imported.proposal();
		DirectoryMatches matches = imported.matches();
		List<List<Long>> expectedHeadings = new ArrayList<>();
		List<List<Long>> expectedLines = new ArrayList<>();
		demo.get("attendance").forEach(heading -> {
			List<Long> bodies = new ArrayList<>();
			heading.get("organizations").forEach(key -> bodies.add(organizationIds.get(key.asString())));
			expectedHeadings.add(bodies);
			heading.get("lines")
				.forEach(line -> expectedLines.add(List.of(personIds.get(line.get("person").asString()),
						organizationIds.get(line.get("organization").asString()))));
		});
		List<List<Long>> headings = proposal.attendance()
			.stream()
			.map(AttendanceItem::headingOrganizations)
			.distinct()
			.map(bodies -> bodies.stream().map(body -> matches.organization(body).orElseThrow().matchId()).toList())
			.toList();
		List<List<Long>> lines = proposal.attendance()
			.stream()
			.map(item -> List.of(matches.person(item.personName()).orElseThrow().matchId(),
					matches.organization(item.organizationName()).orElseThrow().matchId()))
			.toList();

		assertThat(headings).hasSize(14).containsExactlyElementsOf(expectedHeadings);
		assertThat(lines).hasSize(25).containsExactlyElementsOf(expectedLines);
		assertThat(matches.people()).hasSize(24);
	}

	@Test
	void importingStoresNothing() {
		// an organization and a person no database holds, added to the seed's attendance list
		String token = TestData.unique();
		String town = "Mairie de Zed" + token;
		String familyName = "Zed" + token;
		String text = Seed.text() + "\n- " + town + " :\nNadia " + familyName + ", Chargée de mission\n";
		long organizations = directory.countAllOrganizations();
		long persons = people.countActivePeople();

		ImportResult fromText = importer.importText(text);
		ImportResult fromFile = importer.importFile(Documents.docx(text.lines().toList()), "cr.docx");

		for (ImportResult result : List.of(fromText, fromFile)) {
			assertThat(result).isInstanceOf(ImportProposal.class);
			assertThat(((ImportProposal) result).proposal().attendance()).as("the new line is read")
				.anySatisfy(item -> {
					assertThat(item.organizationName()).isEqualTo(town);
					assertThat(item.personName()).contains(familyName);
				});
		}
		assertThat(directory.activeOrganizations()).isNotEmpty()
			.allSatisfy(organization -> assertThat(organization.name().toString()).doesNotContain(token));
		assertThat(people.activePeopleNames()).isNotEmpty()
			.allSatisfy(person -> assertThat(person.familyName()).doesNotContain(token));
		assertThat(directory.countAllOrganizations()).isEqualTo(organizations);
		assertThat(people.countActivePeople()).isEqualTo(persons);
	}

	@Test
	void whatIsNotMinutesSaysSo() {
		assertThat(importer.importText("Bonjour,\nmerci pour votre message.")).isEqualTo(ImportFailure.of(ImportError.NOT_MINUTES));
		assertThat(importer.importFile(new byte[0], "vide.txt")).isEqualTo(ImportFailure.of(ImportError.EMPTY));
	}

	/** Demo organization keys → ids in the database, by native name (which must be unique). */
	private Map<String, Long> organizationIdsByKey(JsonNode demo) {
		List<OrganizationSummary> stored = directory.activeOrganizations();
		Map<String, Long> ids = new HashMap<>();
		demo.get("organizations").forEach(organization -> {
			String nativeName = organization.get("names").get("native").asString();
			List<Long> found = stored.stream()
				.filter(summary -> summary.name().nativeName().equals(nativeName))
				.map(OrganizationSummary::id)
				.toList();
			assertThat(found).as(nativeName).hasSize(1);
			ids.put(organization.get("key").asString(), found.get(0));
		});
		return ids;
	}

	/** Demo person keys → ids in the database, by given and family name (which must be unique). */
	private Map<String, Long> personIdsByKey(JsonNode demo) {
		List<PersonName> stored = people.activePeopleNames();
		Map<String, Long> ids = new HashMap<>();
		demo.get("people").forEach(person -> {
			String given = person.get("givenName").asString();
			String family = person.get("familyName").asString();
			List<Long> found = stored.stream()
				.filter(name -> name.givenName().equals(given) && name.familyName().equals(family))
				.map(PersonName::id)
				.toList();
			assertThat(found).as(given + " " + family).hasSize(1);
			ids.put(person.get("key").asString(), found.get(0));
		});
		return ids;
	}

}
