package org.passerelle.minutesimport.corpus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer key of a minutes document: what a careful reader takes from it. Written by hand next to each corpus
 * document ({@code name.key}), or by {@link MinutesGenerator}. Lines of the key file: {@code title: …},
 * {@code date: 2026-03-03}, {@code start: 14:00}, {@code end: 16:30}, {@code zone: Europe/Paris},
 * {@code format: HYBRID}, {@code heading: …} (each numbered section), {@code text: …} (a sentence the sections must
 * hold), {@code person: name as written | organization | PRESENT}, {@code held-out: true}.
 */
public final class Answer {

	public record Expected(String name, String organization, String status) {
	}

	public String title;

	public LocalDate date;

	public LocalTime start;

	public LocalTime end;

	public String zone;

	public String format;

	public boolean heldOut;

	public final List<String> headings = new ArrayList<>();

	public final List<String> texts = new ArrayList<>();

	public final List<Expected> people = new ArrayList<>();

	public static Answer parse(String key) {
		Answer answer = new Answer();
		for (String raw : key.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int colon = line.indexOf(':');
			String field = line.substring(0, colon).strip();
			String value = line.substring(colon + 1).strip();
			switch (field) {
				case "title" -> answer.title = value;
				case "date" -> answer.date = LocalDate.parse(value);
				case "start" -> answer.start = LocalTime.parse(value);
				case "end" -> answer.end = LocalTime.parse(value);
				case "zone" -> answer.zone = value;
				case "format" -> answer.format = value;
				case "held-out" -> answer.heldOut = Boolean.parseBoolean(value);
				case "heading" -> answer.headings.add(value);
				case "text" -> answer.texts.add(value);
				case "person" -> {
					String[] parts = value.split("\\|");
					answer.people.add(new Expected(parts[0].strip(), parts[1].strip().isEmpty() ? null : parts[1].strip(),
							parts.length > 2 ? parts[2].strip() : "PRESENT"));
				}
				default -> throw new IllegalArgumentException("unknown field " + field);
			}
		}
		return answer;
	}

}
