package org.passerelle.minutesimport.parsing;

import java.util.List;

/**
 * One line of attendance: a person, for one organization, with a title. The same person on two lines (two
 * organizations) gives two items.
 *
 * @param heading the organization heading of the attendance list as written ("Ville de Nice et métropole Nice
 * Côte d’Azur"), or null for a person named in a sentence ("Étaient présents : …")
 * @param headingOrganizations the bodies the heading names: two for "A / B" or "A et métropole B", else one
 * @param organizationName the body this person is proposed for: the one the title names (its name or
 * acronym), else the first; from the parentheses or the title in sentences; null when nothing says
 * @param personName the name as written, without honorific or title ("Jeong Jae SONG")
 * @param honorific "SE", "M.", "Mme"… when written before the name, else null
 * @param givenName given name(s) ("Jeong Jae")
 * @param familyName family name, capitals of a capitalized surname undone ("Song")
 * @param title the title as written, a title over two lines joined with ", "; null when there is none
 * @param status present, or excused
 * @param chair whether the minutes say the person chaired ("réunion animée par …")
 * @param line the source text of the item, whitespace collapsed (for the review screen)
 */
public record AttendanceItem(String heading, List<String> headingOrganizations, String organizationName,
		String personName, String honorific, String givenName, String familyName, String title,
		AttendanceStatus status, boolean chair, String line) {

	public AttendanceItem {
		headingOrganizations = List.copyOf(headingOrganizations);
	}

	AttendanceItem withChair() {
		return new AttendanceItem(heading, headingOrganizations, organizationName, personName, honorific, givenName,
				familyName, title, status, true, line);
	}

}
