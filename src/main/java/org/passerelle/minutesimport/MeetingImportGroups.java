package org.passerelle.minutesimport;

import java.util.List;

import org.passerelle.group.CountryGroup;
import org.passerelle.group.GroupManagement;
import org.passerelle.shared.InvalidFieldException;

import org.springframework.stereotype.Component;

/** The group an import is for: the one chosen, else the only active group. */
@Component
class MeetingImportGroups {

	private final GroupManagement groups;

	MeetingImportGroups(GroupManagement groups) {
		this.groups = groups;
	}

	List<CountryGroup> choices() {
		return groups.activeGroups();
	}

	Long preset() {
		List<CountryGroup> active = groups.activeGroups();
		return active.size() == 1 ? active.get(0).getId() : null;
	}

	long resolve(Long chosen) {
		if (chosen != null) {
			return groups.get(chosen).getId();
		}
		Long preset = preset();
		if (preset == null) {
			throw new InvalidFieldException("group", "meeting.import.noGroup", "Choose a country group");
		}
		return preset;
	}

}
