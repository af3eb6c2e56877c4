package org.passerelle.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * The "about the group" texts in French, Korean and English. A language left wholly blank is missing (readers of it
 * see another marked "translation missing"); a language begun must have its three parts.
 */
public record GroupAboutForm(@Size(max = 4000) String purposeFr, @Size(max = 4000) String joiningFr,
		@Size(max = 2000) String contactFr, @Size(max = 4000) String purposeKo, @Size(max = 4000) String joiningKo,
		@Size(max = 2000) String contactKo, @Size(max = 4000) String purposeEn, @Size(max = 4000) String joiningEn,
		@Size(max = 2000) String contactEn) {

	static GroupAboutForm of(Map<String, GroupAboutText> texts) {
		GroupAboutText fr = texts.getOrDefault("fr", new GroupAboutText("fr", null, null, null));
		GroupAboutText ko = texts.getOrDefault("ko", new GroupAboutText("ko", null, null, null));
		GroupAboutText en = texts.getOrDefault("en", new GroupAboutText("en", null, null, null));
		return new GroupAboutForm(fr.purpose(), fr.joining(), fr.contact(), ko.purpose(), ko.joining(), ko.contact(),
				en.purpose(), en.joining(), en.contact());
	}

	/** The three languages as written, blank parts as null. */
	List<GroupAboutText> texts() {
		List<GroupAboutText> texts = new ArrayList<>();
		texts.add(new GroupAboutText("fr", clean(purposeFr), clean(joiningFr), clean(contactFr)));
		texts.add(new GroupAboutText("ko", clean(purposeKo), clean(joiningKo), clean(contactKo)));
		texts.add(new GroupAboutText("en", clean(purposeEn), clean(joiningEn), clean(contactEn)));
		return texts;
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip().replace("\r\n", "\n");
	}

}
