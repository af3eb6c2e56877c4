package org.passerelle.programme.charter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.shared.InvalidFieldException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A host organization's presentation for a seminar: title and abstract per language, a text per charter section,
 * and what its slides file is (the file's bytes are stored beside it, never loaded with it). A later submission
 * replaces it and counts one more {@link #getRevision() revision}; without a new file the slides already sent stay.
 */
@Table("presentation")
public class Presentation {

	public static final int MAX_TITLE = 300;

	public static final int MAX_ABSTRACT = 5000;

	public static final int MAX_SECTION = 10_000;

	@Id
	private Long id;

	@Version
	private Long version;

	private long seminarId;

	private long organizationId;

	private int revision;

	private String titleFr;

	private String titleKo;

	private String titleEn;

	private String abstractFr;

	private String abstractKo;

	private String abstractEn;

	private String slidesName;

	private SlidesFormat slidesFormat;

	private Long slidesSize;

	private Integer slideCount;

	@MappedCollection(idColumn = "presentation_id", keyColumn = "position")
	private List<PresentationSection> sections = new ArrayList<>();

	private Instant submittedAt;

	private Long submittedBy;

	Presentation() {
	}

	static Presentation first(long seminarId, long organizationId) {
		Presentation presentation = new Presentation();
		presentation.seminarId = seminarId;
		presentation.organizationId = organizationId;
		return presentation;
	}

	/**
	 * This submission's texts and, if given, slides, replacing the previous ones; refused when a text is too long.
	 * {@code slides} null keeps the file sent before (if any).
	 */
	void submit(Map<String, String> titles, Map<String, String> abstracts, List<PresentationSection> texts,
			SlidesInfo slides, Instant now, Long by) {
		titleFr = text(titles, "fr", "title", MAX_TITLE);
		titleKo = text(titles, "ko", "title", MAX_TITLE);
		titleEn = text(titles, "en", "title", MAX_TITLE);
		abstractFr = text(abstracts, "fr", "abstract", MAX_ABSTRACT);
		abstractKo = text(abstracts, "ko", "abstract", MAX_ABSTRACT);
		abstractEn = text(abstracts, "en", "abstract", MAX_ABSTRACT);
		List<PresentationSection> kept = new ArrayList<>();
		for (PresentationSection section : texts) {
			if (section.text() == null || section.text().isBlank()) {
				continue;
			}
			if (section.text().length() > MAX_SECTION) {
				throw new InvalidFieldException("section." + section.code(), "programme.presentation.textTooLong",
						"at most " + MAX_SECTION + " characters", MAX_SECTION);
			}
			kept.add(new PresentationSection(section.code(), section.text().strip()));
		}
		sections = kept;
		if (slides != null) {
			slidesName = slides.name();
			slidesFormat = slides.format();
			slidesSize = slides.size();
			slideCount = slides.slideCount();
		}
		revision++;
		submittedAt = now;
		submittedBy = by;
	}

	private static String text(Map<String, String> texts, String language, String field, int max) {
		String text = texts.get(language);
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > max) {
			String name = field + Character.toUpperCase(language.charAt(0)) + language.substring(1);
			throw new InvalidFieldException(name, "programme.presentation.textTooLong",
					"at most " + max + " characters", max);
		}
		return text.strip();
	}

	/** What the charter check reads of it. */
	public SubmissionFacts facts() {
		Map<String, String> texts = new LinkedHashMap<>();
		sections.forEach(section -> texts.put(section.code(), section.text()));
		return new SubmissionFacts(titles(), abstracts(), texts, slidesFormat != null, slidesFormat != null,
				slideCount == null ? 0 : slideCount);
	}

	public Map<String, String> titles() {
		return languages(titleFr, titleKo, titleEn);
	}

	public Map<String, String> abstracts() {
		return languages(abstractFr, abstractKo, abstractEn);
	}

	private static Map<String, String> languages(String fr, String ko, String en) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (fr != null) {
			texts.put("fr", fr);
		}
		if (ko != null) {
			texts.put("ko", ko);
		}
		if (en != null) {
			texts.put("en", en);
		}
		return texts;
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public long getSeminarId() {
		return seminarId;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public int getRevision() {
		return revision;
	}

	public List<PresentationSection> getSections() {
		return List.copyOf(sections);
	}

	public SlidesInfo slides() {
		return slidesFormat == null ? null
				: new SlidesInfo(slidesName, slidesFormat, slidesSize == null ? 0 : slidesSize,
						slideCount == null ? 0 : slideCount);
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

}
