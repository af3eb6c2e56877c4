package org.passerelle.minutesimport.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a person's name as minutes write it: "Claire Guichard", "Jeong Jae SONG" (family name in capitals),
 * "M. l’Ambassadeur SE Philippe Lefort" (title, honorific, name), "Rudy Salles Président délégué de…" (name
 * and title without a comma).
 */
final class PersonNameReader {

	/** A name read from text: the name as written, its parts, and any title written around it. */
	record ParsedName(String personName, String honorific, String givenName, String familyName, String title,
			boolean titleWithoutComma) {
	}

	private static final Set<String> HONORIFICS = Set.of("M.", "Mme", "Mme.", "Mmes", "MM.", "Mlle", "Mlle.",
			"Monsieur", "Madame", "Mademoiselle", "Dr", "Dr.", "Pr", "Pr.", "Me", "SE", "S.E.", "SEM", "S.E.M.", "HE",
			"H.E.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.");

	/** Words that start a title, not a name (lower case, no accents). */
	private static final Set<String> TITLE_WORDS = Set.of("president", "presidente", "vice", "directeur",
			"directrice", "charge", "chargee", "adjoint", "adjointe", "chef", "cheffe", "responsable", "assistant",
			"assistante", "conseiller", "conseillere", "maire", "premier", "premiere", "stagiaire", "animateur",
			"animatrice", "secretaire", "delegue", "deleguee", "head", "manager", "international", "internationale",
			"project", "coordinateur", "coordinatrice", "coordinator", "depute", "deputee", "senateur", "senatrice",
			"ambassadeur", "ambassadrice", "consul", "consule", "attache", "attachee", "elu", "elue", "agent",
			"gestionnaire", "officer", "director", "chairman", "chairwoman", "chair", "mayor", "deputy", "minister",
			"ministre", "consultant", "consultante", "chercheur", "chercheuse", "professeur", "professeure",
			"membre", "representant", "representante", "interprete", "traducteur", "traductrice", "volontaire",
			"doctorant", "doctorante", "juriste", "ingenieur", "ingenieure", "administrateur", "administratrice",
			"commissaire", "inspecteur", "inspectrice", "collaborateur", "collaboratrice", "cadre", "expert",
			"experte", "redacteur", "redactrice", "journaliste", "senior", "junior", "general", "generale",
			"secretary", "advisor", "adviser", "specialist", "executive", "governor", "gouverneur", "prefet",
			"prefete", "ceo", "dg", "dga", "dgs", "sous", "co", "chargé", "team", "leader", "officier", "apprenti",
			"apprentie", "alternant", "alternante", "observateur", "observatrice", "invite", "invitee", "lecteur",
			"lectrice", "porte");

	/** Words that never start a person's name: kinds of bodies, articles, list words. */
	private static final Set<String> NOT_GIVEN_NAMES = Set.of("ville", "region", "departement", "metropole",
			"commune", "mairie", "conseil", "ambassade", "ministere", "service", "direction", "pole", "cabinet",
			"bureau", "delegation", "unite", "office", "agence", "association", "communaute", "agglomeration",
			"province", "prefecture", "universite", "institut", "centre", "fondation", "groupe", "comite",
			"federation", "syndicat", "chambre", "entreprise", "entreprises", "societe", "liste", "ordre", "annexe",
			"participants", "presents", "excuses", "compte", "rendu", "reunion", "le", "la", "les", "l", "un", "une",
			"des", "du", "de", "d", "ce", "cette", "ces", "il", "elle", "ils", "elles", "nous", "on", "en", "au", "aux",
			"pour", "par", "sur", "dans", "avec", "et", "ou", "a", "tous", "toutes", "lundi", "mardi", "mercredi",
			"jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin",
			"juillet", "aout", "septembre", "octobre", "novembre", "decembre", "the", "of", "and", "cites", "sem",
			"presentation", "introduction", "synthese", "conclusion", "point", "points", "suite", "source", "plus",
			"voir", "page", "total", "eurometropole", "gouvernement", "etat", "republique", "assemblee", "senat",
			"mairies", "villes", "regions", "representants", "elus", "agents", "membres");

	/** Lower-case words a family name may hold: "Anne de La Tour", "Van der Berg". */
	private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d’", "d'", "van", "von", "der", "den",
			"da", "di", "del", "della", "dos", "le", "la", "bin", "ben", "al", "el", "ter", "zu", "y");

	/** Particles written in lower case at the head of a family name: "de La Tour", "van der Berg". */
	private static final Set<String> LOWER_PARTICLES = Set.of("de", "du", "des", "d’", "d'", "van", "von", "der",
			"den", "da", "di", "dos");

	/** The most frequent Korean family names, romanized: "Kim Min-jun" is Kim, Min-jun. */
	private static final Set<String> KOREAN_FAMILY_NAMES = Set.of("Kim", "Gim", "Lee", "Yi", "Rhee", "Park", "Pak",
			"Bak", "Choi", "Choe", "Jeong", "Jung", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim",
			"Im", "Han", "Oh", "Seo", "Suh", "Shin", "Sin", "Kwon", "Gwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu",
			"Ryu", "Hong", "Jeon", "Jun", "Ko", "Go", "Moon", "Mun", "Yang", "Son", "Bae", "Baek", "Paik", "Heo", "Huh",
			"Nam", "Noh", "Roh", "No", "Ha", "Kwak", "Sung", "Seong", "Cha", "Joo", "Ju", "Woo", "U", "Min", "Na",
			"Jin", "Chae", "Won", "Byun", "Pyeon", "Bang", "Gong", "Hyun", "Ham", "Yeo", "Chu", "Do", "So", "Seok",
			"Sun", "Seol", "Ma", "Gil", "Yeon", "Wi", "Pyo", "Myung", "Ki", "Ban", "Ra", "Wang", "Geum", "Ok", "Yook",
			"In", "Maeng", "Je", "Mo", "Tak", "Guk", "Eo", "Eun", "Ye", "Bong", "Kyung", "Sa", "Bu", "Hwangbo",
			"Namgung", "Seonu", "Jegal", "Dokgo", "Sagong", "Seomun");

	/** A romanized Korean given name written with a hyphen: "Min-jun", "Seo-yeon", "Ji-Hoon". */
	private static final Pattern KOREAN_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{L}\\p{Ll}{1,5}");

	private static final Pattern NAME_TOKEN = Pattern.compile("(?:[dDlLO][’'])?[\\p{Lu}\\p{Lt}][\\p{L}’'.\\-‐]*");

	private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.(?:-?\\p{Lu}\\.)?");

	private PersonNameReader() {
	}

	/**
	 * A name, with what comes around it: a title before an honorific ("M. l’Ambassadeur SE …"), or after the name
	 * without a comma when {@code mayEndWithTitle}. Null when the text is not a person's name.
	 */
	static ParsedName parse(String text, boolean mayEndWithTitle) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > 200) {
			return null;
		}
		String[] tokens = stripped.split("\\s+");
		// A name with its title after it, no comma, may be long: "Rudy Salles Président délégué de l’Office de
		// Tourisme Métropolitain Président de la Régie Acropolis Nikaïa" once a layout has joined its two lines.
		if (tokens.length > (mayEndWithTitle ? 24 : 14)) {
			return null;
		}
		// Title, honorific, name: "M. l’Ambassadeur SE Philippe Lefort".
		for (int h = tokens.length - 2; h >= 0; h--) {
			if (isHonorific(tokens[h]) && isName(Arrays.copyOfRange(tokens, h + 1, tokens.length))) {
				int firstHonorific = h;
				while (firstHonorific > 0 && isHonorific(tokens[firstHonorific - 1])) {
					firstHonorific--;
				}
				String before = String.join(" ", Arrays.copyOfRange(tokens, 0, firstHonorific));
				String honorific = String.join(" ", Arrays.copyOfRange(tokens, firstHonorific, h + 1));
				return named(Arrays.copyOfRange(tokens, h + 1, tokens.length), honorific,
						before.isEmpty() ? null : before, false);
			}
		}
		// "박지훈 국제협력과장", "엘로디 마르탱 참사관": a Korean name, then the title.
		if (tokens.length >= 2 && Arrays.stream(tokens).allMatch(PersonNameReader::isHangul)) {
			int end = tokens.length;
			while (end > 1 && isKoreanTitle(tokens[end - 1])) {
				end--;
			}
			if (end < tokens.length && end <= 3) {
				return named(Arrays.copyOfRange(tokens, 0, end), null,
						String.join(" ", Arrays.copyOfRange(tokens, end, tokens.length)), false);
			}
		}
		int from = 0;
		while (from < tokens.length - 1 && isHonorific(tokens[from])) {
			from++;
		}
		String honorific = from == 0 ? null : String.join(" ", Arrays.copyOfRange(tokens, 0, from));
		String[] rest = Arrays.copyOfRange(tokens, from, tokens.length);
		if (isName(rest)) {
			return named(rest, honorific, null, false);
		}
		if (!mayEndWithTitle) {
			return null;
		}
		// Name then title, no comma: "Rudy Salles Président délégué de l’Office de Tourisme Métropolitain".
		int end = 0;
		while (end < rest.length && !isTitleWord(rest[end]) && isNameToken(rest[end], end == 0)) {
			end++;
		}
		if (end >= 2 && end < rest.length && isTitleWord(rest[end]) && isName(Arrays.copyOfRange(rest, 0, end))) {
			String title = String.join(" ", Arrays.copyOfRange(rest, end, rest.length));
			return named(Arrays.copyOfRange(rest, 0, end), honorific, title, true);
		}
		return null;
	}

	private static ParsedName named(String[] name, String honorific, String title, boolean withoutComma) {
		String personName = String.join(" ", name);
		List<String> given = new ArrayList<>();
		List<String> family = new ArrayList<>();
		long capitals = Arrays.stream(name).filter(PersonNameReader::isCapitals).count();
		if (name.length == 1) {
			String only = name[0];
			if (isHangul(only) && only.codePointCount(0, only.length()) >= 2) {
				int second = only.offsetByCodePoints(0, 1);
				return new ParsedName(personName, honorific, only.substring(second), only.substring(0, second), title,
						withoutComma);
			}
			return new ParsedName(personName, honorific, "", NameComparison.capitalize(only), title, withoutComma);
		}
		if (name.length == 2 && KOREAN_FAMILY_NAMES.contains(name[0]) && KOREAN_GIVEN.matcher(name[1]).matches()) {
			// "Kim Min-jun": a Korean name in Korean order, the family name first.
			return new ParsedName(personName, honorific, name[1], name[0], title, withoutComma);
		}
		if (Arrays.stream(name).allMatch(PersonNameReader::isHangul)) {
			// Korean order: family name first.
			family.add(name[0]);
			given.addAll(Arrays.asList(name).subList(1, name.length));
		}
		else if (capitals > 0 && capitals < name.length) {
			// "Jeong Jae SONG": the capitals mark the family name, wherever it stands.
			for (String token : name) {
				if (isCapitals(token)) {
					String lower = token.toLowerCase(java.util.Locale.ROOT);
					family.add(family.isEmpty() && LOWER_PARTICLES.contains(lower) ? lower : NameComparison.capitalize(token));
				}
				else {
					given.add(token);
				}
			}
		}
		else {
			boolean allCapitals = capitals == name.length;
			given.add(allCapitals ? NameComparison.capitalize(name[0]) : name[0]);
			for (int i = 1; i < name.length; i++) {
				family.add(allCapitals && !PARTICLES.contains(name[i].toLowerCase()) ? NameComparison.capitalize(name[i]) : name[i]);
			}
		}
		return new ParsedName(personName, honorific, String.join(" ", given), String.join(" ", family), title,
				withoutComma);
	}

	/** Whether the tokens make a person's name: one to six words, capitalized but for particles. */
	static boolean isName(String[] tokens) {
		if (tokens.length == 0 || tokens.length > 6) {
			return false;
		}
		if (tokens.length == 1) {
			String only = tokens[0];
			return isHangul(only) && only.codePointCount(0, only.length()) >= 2
					&& only.codePointCount(0, only.length()) <= 5;
		}
		// "LE GOFF Yann", "DE LA TOUR Élise": a family name in capitals that starts with a particle.
		boolean capitalParticle = tokens.length >= 3 && isCapitals(tokens[0])
				&& PARTICLES.contains(tokens[0].toLowerCase(java.util.Locale.ROOT)) && isCapitals(tokens[1]);
		if (!capitalParticle && (NOT_GIVEN_NAMES.contains(plain(tokens[0])) || isTitleWord(tokens[0]))) {
			return false;
		}
		int letters = 0;
		for (int i = 0; i < tokens.length; i++) {
			if (!isNameToken(tokens[i], i == 0)) {
				return false;
			}
			if (!PARTICLES.contains(tokens[i].toLowerCase())) {
				letters++;
			}
		}
		return letters >= 2 || (letters >= 1 && tokens.length >= 2 && isHangul(tokens[tokens.length - 1]));
	}

	static boolean isNameToken(String token, boolean first) {
		if (isHangul(token)) {
			return true;
		}
		if (!first && PARTICLES.contains(token.toLowerCase())) {
			return true;
		}
		if (INITIAL.matcher(token).matches()) {
			return true;
		}
		if (!NAME_TOKEN.matcher(token).matches() || token.endsWith("-") || token.endsWith(".")) {
			return false;
		}
		return token.codePoints().filter(Character::isLetter).count() >= 2;
	}

	static boolean isHonorific(String token) {
		return HONORIFICS.contains(token);
	}

	/** Whether a word starts a title: "Président", "chargée", "Head", "Adjoint(e)". */
	static boolean isTitleWord(String token) {
		return TITLE_WORDS.contains(plain(token));
	}

	/** Whether a word can start a person's name (not a kind of body, article, month…). */
	static boolean mayStartName(String token) {
		return !NOT_GIVEN_NAMES.contains(plain(token)) && !isTitleWord(token);
	}

	/** "l’Ambassadeur" → "ambassadeur", "Vice-Président" → "vice", "Chargé(e)" → "charge". */
	private static String plain(String token) {
		String word = token.indexOf('(') >= 0 ? token.replaceAll("\\(.*?\\)", "") : token;
		int apostrophe = Math.max(word.lastIndexOf('’'), word.lastIndexOf('\''));
		if (apostrophe >= 0 && apostrophe < word.length() - 1) {
			word = word.substring(apostrophe + 1);
		}
		int hyphen = word.indexOf('-');
		if (hyphen > 0) {
			word = word.substring(0, hyphen);
		}
		StringBuilder letters = new StringBuilder(word.length());
		boolean ascii = true;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isLetter(c)) {
				letters.append(c);
				ascii &= c < 128;
			}
		}
		return ascii ? letters.toString().toLowerCase(java.util.Locale.ROOT) : NameComparison.plain(letters.toString());
	}

	/** "SONG", "PEREIRA-NUNES": a word of at least two letters, all in capitals. */
	static boolean isCapitals(String token) {
		int letters = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 2 && !HONORIFICS.contains(token);
	}

	/** Korean titles end with these: 과장, 팀장, 참사관, 주무관, 연구원, 대사, 교수, 대표, 위원… */
	private static final List<String> KOREAN_TITLE_ENDINGS = List.of("장", "관", "원", "사", "담당", "대표", "교수",
			"위원", "의원", "비서", "통역", "주임", "담당자", "실무자", "매니저", "코디네이터");

	static boolean isKoreanTitle(String token) {
		return token.codePointCount(0, token.length()) >= 2 && KOREAN_TITLE_ENDINGS.stream().anyMatch(token::endsWith);
	}

	static boolean isHangul(String token) {
		return !token.isEmpty() && token.codePoints()
			.allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

}
