package org.passerelle.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonSummary;
import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the meeting pages choose from and show names of: the group's organizations and their people (plus any
 * already chosen, so an archived one does not vanish from a form), and the names of the organizations and people a
 * page mentions, each looked up in one query. Public for the minutes import's review page, which chooses the same.
 */
@Component
public class MeetingChoices {

	private final GroupManagement groups;

	private final Directory directory;

	private final PeopleDirectory people;

	MeetingChoices(GroupManagement groups, Directory directory, PeopleDirectory people) {
		this.groups = groups;
		this.directory = directory;
		this.people = people;
	}

	/** Adds {@code organizationChoices} and {@code personChoices} for a meeting of this group. */
	public void addTo(Model model, long groupId, Collection<Long> chosenOrganizations, Collection<Long> chosenPeople,
			Locale locale) {
		CountryGroup group = groups.get(groupId);
		Map<Long, OrganizationSummary> organizations = new LinkedHashMap<>(
				directory.organizationsById(group.memberOrganizationIds()));
		organizations.values().removeIf(OrganizationSummary::archived);
		organizations.putAll(directory.organizationsById(missing(chosenOrganizations, organizations.keySet())));
		List<OrganizationSummary> organizationChoices = new ArrayList<>(organizations.values());
		organizationChoices.sort(Comparator.comparing((OrganizationSummary o) -> o.country())
			.thenComparing(o -> o.name().in(locale), String.CASE_INSENSITIVE_ORDER));
		Map<Long, PersonSummary> persons = new LinkedHashMap<>();
		people.affiliatedWithAny(group.memberOrganizationIds()).forEach(person -> persons.put(person.id(), person));
		persons.putAll(people.peopleById(missing(chosenPeople, persons.keySet())));
		model.addAttribute("organizationChoices", organizationChoices);
		model.addAttribute("personChoices", List.copyOf(persons.values()));
	}

	/** Adds {@code organizations} and {@code people}: names by id. */
	void addNames(Model model, Collection<Long> organizationIds, Collection<Long> personIds) {
		model.addAttribute("organizations", directory.organizationsById(organizationIds));
		model.addAttribute("people", people.peopleById(personIds));
	}

	private static List<Long> missing(Collection<Long> chosen, Collection<Long> listed) {
		return chosen.stream().filter(Objects::nonNull).filter(id -> !listed.contains(id)).distinct().toList();
	}

}
