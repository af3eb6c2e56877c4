package org.passerelle.meeting.document;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;

/**
 * The minutes of one meeting as the PDF shows them, in plain values already in the reader's language: the
 * caller formats dates and resolves status names, {@link MinutesPdfWriter} only lays them out.
 *
 * @param locale the reader's language (fr, ko, en): the document's {@code lang}
 * @param groupName e.g. "Groupe-pays Corée"
 * @param meetingTitle e.g. "Réunion du groupe-pays Corée"
 * @param dateLine the date and hours in both zones, formatted, e.g. "jeudi 28 janvier 2021, 11:00–12:30 (Paris)
 * · 19:00–20:30 (Séoul)"
 * @param formatLabel how the meeting was held, e.g. "Visioconférence"; null for none
 * @param status the minutes' state: drafts and minutes in review carry a watermark
 * @param attendance who attended, grouped by organization, in the order to show
 * @param sections the minutes' sections (agenda items), each with a body of safe HTML
 * @param decisions the decisions taken, as plain text
 * @param actionItems who does what by when
 * @param labels the fixed texts of the document in the reader's language ({@link Labels#from})
 * @param agenda the meeting's agenda as planned; null or empty for none
 * @param amendments what each amendment of the published minutes changed, oldest first; null or empty for none
 */
public record MinutesDocument(Locale locale, String groupName, String meetingTitle, String dateLine,
		String formatLabel, Status status, List<OrganizationAttendance> attendance, List<Section> sections,
		List<String> decisions, List<ActionItem> actionItems, Labels labels, Listing agenda, Listing amendments) {

	/** Minutes without agenda or amendments. */
	public MinutesDocument(Locale locale, String groupName, String meetingTitle, String dateLine, String formatLabel,
			Status status, List<OrganizationAttendance> attendance, List<Section> sections, List<String> decisions,
			List<ActionItem> actionItems, Labels labels) {
		this(locale, groupName, meetingTitle, dateLine, formatLabel, status, attendance, sections, decisions,
				actionItems, labels, null, null);
	}

	public MinutesDocument {
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(meetingTitle, "meetingTitle");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(labels, "labels");
		attendance = attendance == null ? List.of() : List.copyOf(attendance);
		sections = sections == null ? List.of() : List.copyOf(sections);
		decisions = decisions == null ? List.of() : List.copyOf(decisions);
		actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
	}

	/**
	 * A titled list of plain-text lines, in the reader's language: the agenda ("Feuille de route 2021 — Ville
	 * d'Issy-les-Moulineaux, 30 min") or the amendment notes ("Révision 2, 3 mars 2021 : orthographe des noms").
	 */
	public record Listing(String heading, List<String> lines) {

		public Listing {
			lines = lines == null ? List.of() : List.copyOf(lines);
		}

		boolean isEmpty() {
			return lines.isEmpty();
		}

	}

	/** Where the minutes stand; only published minutes have no watermark. */
	public enum Status {

		DRAFT, REVIEW, PUBLISHED

	}

	/** The people of one organization who took part (e.g. "Ville d'Issy-les-Moulineaux" → two people). */
	public record OrganizationAttendance(String organization, List<Participant> people) {

		public OrganizationAttendance {
			people = people == null ? List.of() : List.copyOf(people);
		}

	}

	/**
	 * One person at the meeting.
	 * @param name e.g. "Marie Dupont"
	 * @param title their position, e.g. "chargée de mission"; null for none
	 * @param status their attendance in the reader's language, e.g. "présente", "excusé"; null for none
	 */
	public record Participant(String name, String title, String status) {
	}

	/**
	 * One section of the minutes.
	 * @param heading e.g. "1. Feuille de route 2021"
	 * @param html the body as HTML that was already sanitized (jsoup); it is cleaned again and converted to XHTML,
	 * and images or other external resources are dropped
	 */
	public record Section(String heading, String html) {
	}

	/**
	 * One action item.
	 * @param owner who does it (a person or an organization)
	 * @param title what is to be done
	 * @param due by when, formatted; null for none
	 * @param status its state in the reader's language; null for none
	 */
	public record ActionItem(String owner, String title, String due, String status) {
	}

	/** The document's fixed texts in the reader's language. */
	public record Labels(String document, String format, String attendance, String decisions, String actionItems,
			String owner, String action, String due, String actionStatus, String none, String draft, String review,
			String published) {

		/** The name of a status, e.g. "Projet" for {@link Status#DRAFT} in French. */
		public String status(Status status) {
			return switch (status) {
				case DRAFT -> draft;
				case REVIEW -> review;
				case PUBLISHED -> published;
			};
		}

		/** The labels from the {@code meeting.document.minutes.*} messages in the given language. */
		public static Labels from(MessageSource messages, Locale locale) {
			String prefix = "meeting.document.minutes.";
			return new Labels(messages.getMessage(prefix + "document", null, locale),
					messages.getMessage(prefix + "format", null, locale),
					messages.getMessage(prefix + "attendance", null, locale),
					messages.getMessage(prefix + "decisions", null, locale),
					messages.getMessage(prefix + "actionItems", null, locale),
					messages.getMessage(prefix + "owner", null, locale),
					messages.getMessage(prefix + "action", null, locale),
					messages.getMessage(prefix + "due", null, locale),
					messages.getMessage(prefix + "actionStatus", null, locale),
					messages.getMessage(prefix + "none", null, locale),
					messages.getMessage(prefix + "status.DRAFT", null, locale),
					messages.getMessage(prefix + "status.REVIEW", null, locale),
					messages.getMessage(prefix + "status.PUBLISHED", null, locale));
		}

	}

}
