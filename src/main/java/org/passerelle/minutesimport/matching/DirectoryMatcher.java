package org.passerelle.minutesimport.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PersonName;
import org.passerelle.minutesimport.parsing.MinutesProposal;
import org.passerelle.minutesimport.parsing.Names;
import org.passerelle.shared.LocalizedName;

/**
 * Looks the organizations and people of minutes up among the directory's, by every name form (native, French,
 * Korean, English), insensitive to accents, case, hyphens and apostrophes. For organizations, in this order:
 * the same name; the same without the kind of body ("Ville d’Issy-Les-Moulineaux" = "Issy-les-Moulineaux", kept
 * only when the kind fits the entry's level); an acronym ("DAECT" = "Délégation pour l’action extérieure des
 * collectivités territoriales (DAECT)"); one letter apart on names of six letters or more
 * ("Governors Aassociation Of Korea"); the initials of the name matching an acronym the directory gives. For
 * people: the same name; the same in another order or with the family name in capitals ("Jeong Jae SONG" =
 * Jeong Jae / Song); one letter apart on names of eight letters or more. The first level that finds anything
 * decides: one entry is a match, several are ambiguous. Pure and immutable once built: build one per import from
 * {@code Directory.activeOrganizations()} and {@code PeopleDirectory.activePeopleNames()}.
 */
public final class DirectoryMatcher {

	private record Candidate(long id, String form, AuthorityLevel level) {
	}

	private record Keyed(String key, Candidate candidate) {
	}

	private static final Map<Names.Kind, Set<AuthorityLevel>> LEVELS = Map.of(Names.Kind.MUNICIPAL,
			EnumSet.of(AuthorityLevel.FR_MUNICIPALITY, AuthorityLevel.KR_CITY, AuthorityLevel.KR_COUNTY,
					AuthorityLevel.KR_DISTRICT, AuthorityLevel.KR_SPECIAL_CITY, AuthorityLevel.KR_METROPOLITAN_CITY,
					AuthorityLevel.KR_SPECIAL_SELF_GOVERNING_CITY),
			Names.Kind.METROPOLITAN,
			EnumSet.of(AuthorityLevel.FR_INTERCOMMUNALITY, AuthorityLevel.KR_METROPOLITAN_CITY,
					AuthorityLevel.KR_SPECIAL_CITY),
			Names.Kind.DEPARTMENTAL, EnumSet.of(AuthorityLevel.FR_DEPARTMENT), Names.Kind.REGIONAL,
			EnumSet.of(AuthorityLevel.FR_REGION, AuthorityLevel.KR_PROVINCE,
					AuthorityLevel.KR_SPECIAL_SELF_GOVERNING_PROVINCE),
			Names.Kind.PROVINCIAL,
			EnumSet.of(AuthorityLevel.KR_PROVINCE, AuthorityLevel.KR_SPECIAL_SELF_GOVERNING_PROVINCE));

	private final Map<String, List<Candidate>> organizationsByKey = new HashMap<>();

	private final Map<String, List<Candidate>> organizationsWithoutKind = new HashMap<>();

	private final Map<String, List<Candidate>> organizationsByAcronym = new HashMap<>();

	/** Acronyms the directory writes (a name that is one, or one in parentheses), not initials worked out. */
	private final Map<String, List<Candidate>> organizationsByWrittenAcronym = new HashMap<>();

	private final List<Keyed> organizationsForFuzzy = new ArrayList<>();

	private final Map<String, List<Candidate>> peopleByKey = new HashMap<>();

	private final Map<String, List<Candidate>> peopleInAnyOrder = new HashMap<>();

	private final List<Keyed> peopleForFuzzy = new ArrayList<>();

	public DirectoryMatcher(Collection<OrganizationSummary> organizations, Collection<PersonName> people) {
		for (OrganizationSummary organization : organizations) {
			LocalizedName name = organization.name();
			if (name == null) {
				continue;
			}
			Stream.of(name.nativeName(), name.fr(), name.ko(), name.en())
				.filter(form -> form != null && !form.isBlank())
				.distinct()
				.forEach(form -> indexOrganization(
						new Candidate(organization.id(), form.strip(), organization.level())));
		}
		for (PersonName person : people) {
			String given = person.givenName() == null ? "" : person.givenName();
			String family = person.familyName() == null ? "" : person.familyName();
			Candidate candidate = new Candidate(person.id(), (given + " " + family).strip(), null);
			String key = Names.key(given + " " + family);
			if (key.isEmpty()) {
				continue;
			}
			add(peopleByKey, key, candidate);
			add(peopleInAnyOrder, Names.personKey(given + " " + family), candidate);
			peopleForFuzzy.add(new Keyed(key, candidate));
		}
	}

	private void indexOrganization(Candidate candidate) {
		String form = candidate.form();
		String bare = Names.withoutParentheses(form);
		for (String key : List.of(Names.key(form), Names.key(bare))) {
			if (key.isEmpty()) {
				continue;
			}
			add(organizationsByKey, key, candidate);
			String withoutKind = Names.withoutKind(key);
			add(organizationsWithoutKind, withoutKind, candidate);
			if (withoutKind.length() >= 6) {
				organizationsForFuzzy.add(new Keyed(withoutKind, candidate));
			}
		}
		for (String acronym : Names.acronyms(form)) {
			add(organizationsByAcronym, acronym, candidate);
		}
		for (String inside : Names.parentheses(form)) {
			if (Names.isAcronym(inside)) {
				add(organizationsByWrittenAcronym, inside, candidate);
			}
		}
		if (Names.isAcronym(bare)) {
			add(organizationsByWrittenAcronym, bare, candidate);
		}
	}

	private static void add(Map<String, List<Candidate>> index, String key, Candidate candidate) {
		List<Candidate> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
		if (list.stream().noneMatch(existing -> existing.id() == candidate.id())) {
			list.add(candidate);
		}
	}

	/** Every organization and person of the proposal, in the order of its lists. */
	public DirectoryMatches match(MinutesProposal proposal) {
		List<OrganizationMatch> organizations = proposal.organizationNames().stream().map(this::matchOrganization).toList();
		List<PersonMatch> people = proposal.people()
			.stream()
			.map(person -> matchPerson(person.personName(), person.givenName(), person.familyName()))
			.toList();
		return new DirectoryMatches(organizations, people);
	}

	public OrganizationMatch matchOrganization(String name) {
		String written = name == null ? "" : name.strip();
		String bare = Names.withoutParentheses(written);
		String key = Names.key(bare);
		if (key.isEmpty()) {
			return organization(written, List.of(), MatchConfidence.NONE, "importing.match.none");
		}
		List<Candidate> found = union(organizationsByKey.get(Names.key(written)), organizationsByKey.get(key));
		if (!found.isEmpty()) {
			return organization(written, found, MatchConfidence.EXACT, "importing.match.sameName");
		}
		Names.Kind kind = Names.kindOf(key);
		String withoutKind = Names.withoutKind(key);
		found = fitting(kind, organizationsWithoutKind.getOrDefault(withoutKind, List.of()));
		if (!found.isEmpty()) {
			return organization(written, found, MatchConfidence.NORMALIZED, "importing.match.withoutKind");
		}
		List<String> acronyms = new ArrayList<>();
		if (Names.isAcronym(bare)) {
			acronyms.add(bare);
		}
		Names.parentheses(written).stream().filter(Names::isAcronym).forEach(acronyms::add);
		for (String acronym : acronyms) {
			found = union(found, organizationsByAcronym.get(acronym));
		}
		if (!found.isEmpty()) {
			return organization(written, found, MatchConfidence.NORMALIZED, "importing.match.acronym");
		}
		if (withoutKind.length() >= 6) {
			List<Candidate> close = new ArrayList<>();
			for (Keyed keyed : organizationsForFuzzy) {
				String other = keyed.key();
				if (other.charAt(0) == withoutKind.charAt(0) && Names.oneEditApart(withoutKind, other)) {
					close = union(close, List.of(keyed.candidate()));
				}
			}
			found = fitting(kind, close);
			if (!found.isEmpty()) {
				return organization(written, found, MatchConfidence.FUZZY, "importing.match.oneLetterApart");
			}
		}
		if (!Names.isAcronym(bare)) {
			for (String initials : Names.acronyms(bare)) {
				found = union(found, organizationsByWrittenAcronym.get(initials));
			}
			if (!found.isEmpty()) {
				return organization(written, found, MatchConfidence.NORMALIZED, "importing.match.initials");
			}
		}
		return organization(written, List.of(), MatchConfidence.NONE, "importing.match.none");
	}

	/** Of the candidates, those whose level fits the kind the name gave ("Région" → a region); all when none. */
	private static List<Candidate> fitting(Names.Kind kind, List<Candidate> candidates) {
		if (kind == null) {
			return candidates;
		}
		Set<AuthorityLevel> levels = LEVELS.get(kind);
		return candidates.stream().filter(candidate -> candidate.level() != null && levels.contains(candidate.level())).toList();
	}

	private static OrganizationMatch organization(String name, List<Candidate> found, MatchConfidence confidence,
			String reason) {
		List<Long> ids = found.stream().map(Candidate::id).distinct().toList();
		if (ids.size() > 1) {
			return new OrganizationMatch(name, null, MatchConfidence.AMBIGUOUS, "importing.match.several", null, ids);
		}
		if (ids.isEmpty()) {
			return new OrganizationMatch(name, null, MatchConfidence.NONE, "importing.match.none", null, List.of());
		}
		return new OrganizationMatch(name, ids.get(0), confidence, reason, found.get(0).form(), ids);
	}

	/** A person by the name as written, or by the given and family names read from it. */
	public PersonMatch matchPerson(String personName, String givenName, String familyName) {
		String written = personName == null ? "" : personName.strip();
		String key = Names.key(written);
		String parts = Names.key((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName));
		if (key.isEmpty()) {
			key = parts;
		}
		if (key.isEmpty()) {
			return person(written, givenName, familyName, List.of(), MatchConfidence.NONE, "importing.match.none");
		}
		List<Candidate> found = union(peopleByKey.get(key), peopleByKey.get(parts));
		if (!found.isEmpty()) {
			return person(written, givenName, familyName, found, MatchConfidence.EXACT, "importing.match.sameName");
		}
		found = union(peopleInAnyOrder.get(Names.personKey(written)), peopleInAnyOrder.get(Names.personKey(parts)));
		if (!found.isEmpty()) {
			return person(written, givenName, familyName, found, MatchConfidence.NORMALIZED, "importing.match.nameOrder");
		}
		if (key.length() >= 8) {
			List<Candidate> close = new ArrayList<>();
			for (Keyed keyed : peopleForFuzzy) {
				if (keyed.key().charAt(0) == key.charAt(0) && Names.oneEditApart(key, keyed.key())) {
					close = union(close, List.of(keyed.candidate()));
				}
			}
			if (!close.isEmpty()) {
				return person(written, givenName, familyName, close, MatchConfidence.FUZZY,
						"importing.match.oneLetterApart");
			}
		}
		return person(written, givenName, familyName, List.of(), MatchConfidence.NONE, "importing.match.none");
	}

	private static PersonMatch person(String name, String givenName, String familyName, List<Candidate> found,
			MatchConfidence confidence, String reason) {
		List<Long> ids = found.stream().map(Candidate::id).distinct().toList();
		if (ids.size() > 1) {
			return new PersonMatch(name, givenName, familyName, null, MatchConfidence.AMBIGUOUS, "importing.match.several",
					null, ids);
		}
		if (ids.isEmpty()) {
			return new PersonMatch(name, givenName, familyName, null, MatchConfidence.NONE, "importing.match.none", null,
					List.of());
		}
		return new PersonMatch(name, givenName, familyName, ids.get(0), confidence, reason, found.get(0).form(), ids);
	}

	private static List<Candidate> union(List<Candidate> first, List<Candidate> second) {
		if (second == null || second.isEmpty()) {
			return first == null ? List.of() : first;
		}
		if (first == null || first.isEmpty()) {
			return second;
		}
		Map<Long, Candidate> byId = new LinkedHashMap<>();
		first.forEach(candidate -> byId.putIfAbsent(candidate.id(), candidate));
		second.forEach(candidate -> byId.putIfAbsent(candidate.id(), candidate));
		return new ArrayList<>(byId.values());
	}

}
