package org.passerelle.demo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The shape of {@code demo/korea-group.json}; entries refer to each other by {@code key}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoData(String source, List<Organization> organizations, List<Person> people,
		List<AttendanceHeading> attendance, Group group, List<Partnership> partnerships,
		List<Activity> activities) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Organization(String key, String kind, String country, String level, String institutionType,
			String officialCode, String parent, Map<String, String> names, String website, String note) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Person(String key, String givenName, String familyName, String honorific, List<Affiliation> affiliations) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Affiliation(String organization, String title, String since, String until) {
	}

	/** A heading of the annex's attendance list, as printed, with its lines. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AttendanceHeading(String heading, List<String> organizations, List<AttendanceLine> lines) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record AttendanceLine(String person, String organization, String title) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Group(String key, String partnerCountry, Map<String, String> names, List<String> hashtags,
			String chairOrganization, String chairPerson, String chairSince, List<Member> members) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Member(String organization, String role) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Partnership(String key, List<String> parties, String instrument, String start, String status,
			List<String> themes, String description) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Activity(String key, String partnership, String organization, String title, String start, String end,
			String status, String postponedTo, String description) {
	}

}
