package org.passerelle.minutesimport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every message key the importer gives (failures, warnings, match reasons) with its English text and the
 * arguments it takes ({0}, {1}…), for the message bundles and the review screen. {@code ImportMessageCatalogTests}
 * fails when the code uses a key missing here.
 */
public final class ImportMessageCatalog {

	private static final Map<String, String> DEFAULTS = defaults0();

	private ImportMessageCatalog() {
	}

	/** Key → English text, in a stable order: errors, warnings, match reasons. */
	public static Map<String, String> defaults() {
		return DEFAULTS;
	}

	private static Map<String, String> defaults0() {
		Map<String, String> messages = new LinkedHashMap<>();
		for (ImportError error : ImportError.values()) {
			messages.put(error.key(), error.defaultMessage());
		}
		messages.put("importing.warning.formatFromContent", "{0} was read as {1}: its content says so, not its name.");
		messages.put("importing.warning.windows1252",
				"The text was not UTF-8: it was read as windows-1252. Check the accents.");
		messages.put("importing.warning.pagesSkipped", "Only the first {0} pages of {1} were read.");
		messages.put("importing.warning.noTitle", "No title was found in the header.");
		messages.put("importing.warning.noDate", "No date was found.");
		messages.put("importing.warning.dateOutsideHeader", "The date was taken from \"{0}\", not from the header.");
		messages.put("importing.warning.noTimes", "No start or end time was found.");
		messages.put("importing.warning.endBeforeStart", "The end time {1} is not after the start {0}: it was left out.");
		messages.put("importing.warning.noFormat", "The header says neither a place nor a videoconference.");
		messages.put("importing.warning.noAttendance", "No attendance list or sentence was found.");
		messages.put("importing.warning.noSections", "No numbered section was found: the whole text is the preamble.");
		messages.put("importing.warning.titleJoined", "The title of {0} runs over two lines, joined as \"{1}\".");
		messages.put("importing.warning.nameWithoutComma",
				"No comma between the name {0} and the title in \"{1}\": check where the name ends.");
		messages.put("importing.warning.twoBodies",
				"{0} is under a heading naming two bodies (\"{1}\"): proposed for {2}.");
		messages.put("importing.warning.singleName", "{0} has one name only: given or family name?");
		messages.put("importing.warning.skippedLine", "Line of the attendance list not understood, left out: \"{0}\".");
		messages.put("importing.warning.skippedText", "Not read as a person, left out: \"{0}\".");
		messages.put("importing.warning.noOrganization", "No organization was found for {0}: choose it from the list.");
		messages.put("importing.warning.statusConflict", "{0} is said to be both present and excused.");
		messages.put("importing.warning.zoneAssumed", "The minutes name no time zone: the group's, {0}, is proposed.");
		messages.put("importing.warning.more", "{0} more warnings.");
		messages.put("importing.match.sameName", "Same name as {0} in the directory.");
		messages.put("importing.match.withoutKind", "Same name as {0} once \"Ville de\", \"Région\"… is left aside.");
		messages.put("importing.match.acronym", "The acronym of {0}.");
		messages.put("importing.match.initials", "Its initials are the acronym of {0}.");
		messages.put("importing.match.nameOrder", "Same names as {0}, in another order.");
		messages.put("importing.match.oneLetterApart", "One letter apart from {0}: a typo?");
		messages.put("importing.match.several", "Several entries of the directory fit: choose one.");
		messages.put("importing.match.none", "Not in the directory: it will be created.");
		return java.util.Collections.unmodifiableMap(messages);
	}

}
