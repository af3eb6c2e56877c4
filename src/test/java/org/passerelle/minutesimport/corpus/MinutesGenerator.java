package org.passerelle.minutesimport.corpus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes random French minutes from random attendance lists, in every attendance layout the importer reads (issue
 * 8): organization headings, organization bullets with dash lines, one person a line in three orders, tables with
 * tabs or spaces, and prose; with present, excused and absent people. Deterministic for a given {@link Random}.
 */
public final class MinutesGenerator {

	public enum Layout {

		HEADINGS, BULLETS_DASHES, PARENTHESES, FAMILY_FIRST, DASHES, TABS, SPACES, PROSE

	}

	/** A generated document and what it should give. */
	public record Case(Layout layout, String text, Answer answer) {
	}

	private static final String[] GIVEN = { "Camille", "Sandrine", "Jean-Marc", "Hélène", "Élise", "Marie-Claire",
			"Thomas", "Nathalie", "Yann", "Gwenaëlle", "Pierre", "Sophie", "Karim", "Aurélie", "Benoît", "Léa",
			"François", "Isabelle", "Mathieu", "Chloé", "Olivier", "Anne-Sophie", "Nicolas", "Julie" };

	private static final String[] FAMILY = { "Morel", "Le Goff", "Breuil-Salles", "de La Tour", "Vialay", "Dubois",
			"Lefèvre", "Garnier", "Le Bihan", "Rousseau", "Fontaine", "Mercier", "Da Silva", "Perrin", "Chevalier",
			"Barbier", "Henry", "Roux-Martin", "Lambert", "Girard" };

	private static final String[][] KOREAN = { { "Kim", "Min-jun" }, { "Park", "Ji-hoon" }, { "Lee", "Seo-yeon" },
			{ "Choi", "Yoon-ah" }, { "Jeong", "Jae Song" }, { "Han", "Da-eun" } };

	private static final String[] ORGANIZATIONS = { "Ville de Tours", "Région Bretagne", "Département du Finistère",
			"Métropole de Lyon", "Ville de Saint-Malo", "Cités Unies France", "Ambassade de France en Corée",
			"Province du Gyeonggi", "Ville de Suwon", "Conseil départemental de la Gironde", "Ville de Lorient",
			"Région Occitanie", "Ville de Jeonju", "Agence française de développement", "Mairie de Quimper",
			"Métropole Européenne de Lille", "Ville d’Issy-les-Moulineaux", "Région Grand Est" };

	private static final String[] TITLES = { "chargée de mission Asie", "Directeur des relations internationales",
			"adjointe au maire déléguée à la culture", "Conseiller municipal", "Responsable du service jumelages",
			"Stagiaire", "Cheffe de projet coopération décentralisée", "vice-président chargé de l’international",
			"Chargé de coopération", "Directrice générale des services", "Assistante de programmes",
			"Premier conseiller", "Délégué aux relations internationales et à la francophonie" };

	private static final String[] PARAGRAPHS = {
			"Les participants ont fait le point sur les échanges de jeunes prévus pour l’été et sur le calendrier des visites.",
			"Le groupe a examiné le projet de séminaire sur le tourisme durable, qui pourrait se tenir à l’automne.",
			"Chaque collectivité a présenté ses actions de l’année et les difficultés rencontrées depuis la crise sanitaire.",
			"Il a été convenu de préparer une note commune sur les financements disponibles pour les projets culturels.",
			"La prochaine réunion aura lieu au début du mois de décembre, la date sera confirmée par courriel." };

	private static final String[] HEADINGS = { "Ouverture de la réunion", "Tour de table des collectivités",
			"Projets en cours", "Questions diverses", "Calendrier et prochaines étapes" };

	private static final String[] MONTHS = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
			"septembre", "octobre", "novembre", "décembre" };

	private static final String[] DAYS = { "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche" };

	private MinutesGenerator() {
	}

	public static List<Case> cases(long seed, int count) {
		Random random = new Random(seed);
		List<Case> cases = new ArrayList<>(count);
		Layout[] layouts = Layout.values();
		for (int i = 0; i < count; i++) {
			cases.add(generate(random, layouts[i % layouts.length]));
		}
		return cases;
	}

	private record Person(String written, String organization, String title, String status) {
	}

	public static Case generate(Random random, Layout layout) {
		LocalDate date = LocalDate.of(2020 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
		LocalTime start = LocalTime.of(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30);
		LocalTime end = start.plusMinutes(60 + 30L * random.nextInt(4));
		String title = "Réunion du groupe de travail " + pick(random, new String[] { "tourisme", "jeunesse", "culture", "Corée", "Asie" });
		List<String> lines = new ArrayList<>();
		lines.add(title);
		lines.add(dateLine(random, date, start, end));
		lines.add(random.nextBoolean() ? "En visioconférence" : "En présentiel, à la mairie de Tours");
		lines.add("");

		// The people: a few organizations, one to four people each, some excused or absent.
		List<String> organizations = new ArrayList<>();
		int organizationCount = 2 + random.nextInt(5);
		while (organizations.size() < organizationCount) {
			String organization = pick(random, ORGANIZATIONS);
			if (!organizations.contains(organization)) {
				organizations.add(organization);
			}
		}
		List<Person> people = new ArrayList<>();
		List<String> used = new ArrayList<>();
		for (String organization : organizations) {
			int n = 1 + random.nextInt(3);
			for (int k = 0; k < n; k++) {
				String written = name(random, layout);
				String key = written.toLowerCase(Locale.ROOT);
				if (used.contains(key)) {
					continue;
				}
				used.add(key);
				int s = random.nextInt(10);
				String status = s < 7 ? "PRESENT" : s < 9 ? "EXCUSED" : "ABSENT";
				people.add(new Person(written, organization, pick(random, TITLES), status));
			}
		}
		List<String> list = attendance(random, layout, people);
		boolean listFirst = random.nextBoolean() || layout == Layout.PROSE;
		if (listFirst) {
			lines.addAll(list);
			lines.add("");
		}
		int sections = 2 + random.nextInt(3);
		List<String> headings = new ArrayList<>();
		for (int s = 1; s <= sections; s++) {
			String heading = HEADINGS[(s - 1) % HEADINGS.length];
			headings.add(heading);
			lines.add(s + ". " + heading);
			lines.add(pick(random, PARAGRAPHS));
			lines.add("");
		}
		if (!listFirst) {
			lines.addAll(list);
		}
		Answer answer = new Answer();
		answer.title = title;
		answer.date = date;
		answer.start = start;
		answer.end = end;
		answer.headings.addAll(headings);
		for (Person person : people) {
			answer.people.add(new Answer.Expected(person.written(), person.organization(), person.status()));
		}
		return new Case(layout, String.join("\n", lines) + "\n", answer);
	}

	private static String dateLine(Random random, LocalDate date, LocalTime start, LocalTime end) {
		String day = DAYS[date.getDayOfWeek().getValue() - 1] + " " + date.getDayOfMonth() + " "
				+ MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
		return switch (random.nextInt(5)) {
			case 0 -> day + ", de " + h(start) + " à " + h(end);
			case 1 -> day + ", " + h(start) + "-" + h(end);
			case 2 -> day + ", " + start.getHour() + " h " + (start.getMinute() == 0 ? "" : start.getMinute() + " ") + "– "
					+ end.getHour() + " h" + (end.getMinute() == 0 ? "" : " " + end.getMinute());
			case 3 -> day + " à " + h(start) + " (fin à " + h(end) + ")";
			default -> day + ", de " + start + " à " + end;
		};
	}

	private static String h(LocalTime time) {
		return time.getHour() + "h" + String.format("%02d", time.getMinute());
	}

	private static String name(Random random, Layout layout) {
		if (random.nextInt(8) == 0) {
			String[] korean = KOREAN[random.nextInt(KOREAN.length)];
			return korean[0] + " " + korean[1];
		}
		String given = pick(random, GIVEN);
		String family = pick(random, FAMILY);
		int form = random.nextInt(3);
		if (layout == Layout.FAMILY_FIRST) {
			return family.toUpperCase(Locale.FRENCH) + " " + given;
		}
		if (form == 0 && !family.contains(" ")) {
			return given + " " + family.toUpperCase(Locale.FRENCH);
		}
		return given + " " + family;
	}

	private static List<String> attendance(Random random, Layout layout, List<Person> people) {
		List<String> out = new ArrayList<>();
		if (layout == Layout.PROSE) {
			for (String status : new String[] { "PRESENT", "EXCUSED", "ABSENT" }) {
				List<String> pieces = new ArrayList<>();
				for (Person person : people) {
					if (person.status().equals(status)) {
						String honorific = random.nextBoolean() ? "Mme " : "M. ";
						pieces.add(random.nextBoolean() ? honorific + person.written() + " (" + person.organization() + ")"
								: honorific + person.written() + ", " + lower(person.title()) + ", " + person.organization());
					}
				}
				if (pieces.isEmpty()) {
					continue;
				}
				String opening = switch (status) {
					case "PRESENT" -> pick(random, new String[] { "Étaient présents : ", "Présents : " });
					case "EXCUSED" -> pick(random, new String[] { "Étaient excusés : ", "Excusés : " });
					default -> "Absents : ";
				};
				StringBuilder sentence = new StringBuilder(opening);
				for (int i = 0; i < pieces.size(); i++) {
					if (i > 0) {
						sentence.append(i == pieces.size() - 1 && pieces.size() > 1 ? " ainsi que " : " ; ");
					}
					sentence.append(pieces.get(i));
				}
				out.add(sentence.append(".").toString());
				out.add("");
			}
			return out;
		}
		out.add(pick(random, new String[] { "Liste des participants", "Participants :", "Liste de présence" }));
		if (layout == Layout.TABS || layout == Layout.SPACES) {
			String sep = layout == Layout.TABS ? "\t" : "    ";
			out.add("Nom" + sep + "Organisation" + sep + "Fonction" + sep + "Présence");
			for (Person person : people) {
				String status = switch (person.status()) {
					case "PRESENT" -> "présent";
					case "EXCUSED" -> "excusé";
					default -> "absent";
				};
				out.add(person.written() + sep + person.organization() + sep + person.title() + sep + status);
			}
			return out;
		}
		for (String status : new String[] { "PRESENT", "EXCUSED", "ABSENT" }) {
			List<Person> group = people.stream().filter(p -> p.status().equals(status)).toList();
			if (group.isEmpty()) {
				continue;
			}
			out.add(switch (status) {
				case "PRESENT" -> pick(random, new String[] { "Présents :", "Étaient présents :" });
				case "EXCUSED" -> pick(random, new String[] { "Excusés :", "Étaient excusés :", "Absents excusés :" });
				default -> "Absents :";
			});
			String lastOrganization = null;
			for (Person person : group) {
				switch (layout) {
					case HEADINGS -> {
						if (!person.organization().equals(lastOrganization)) {
							out.add("- " + person.organization() + " :");
						}
						out.add(person.written() + ", " + person.title());
					}
					case BULLETS_DASHES -> {
						if (!person.organization().equals(lastOrganization)) {
							out.add(pick(random, new String[] { "• ", "* ", "- " }) + person.organization());
						}
						String dash = random.nextBoolean() ? "    – " : "    - ";
						String title = person.title();
						int space = title.indexOf(' ', 12);
						if (random.nextInt(3) == 0 && space > 0) {
							out.add(dash + person.written() + ", " + title.substring(0, space));
							out.add("      " + title.substring(space + 1));
						}
						else {
							out.add(dash + person.written() + ", " + title);
						}
					}
					case PARENTHESES -> out.add(person.written() + " (" + person.organization() + "), " + person.title());
					case FAMILY_FIRST -> out.add(person.written() + ", " + person.title() + ", " + person.organization());
					default -> out.add(person.written() + " – " + person.title() + " – " + person.organization());
				}
				lastOrganization = person.organization();
			}
		}
		return out;
	}

	private static String lower(String title) {
		return Character.toLowerCase(title.charAt(0)) + title.substring(1);
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
