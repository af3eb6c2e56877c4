package org.passerelle.meeting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.meeting.document.MinutesPdfCache.Copy;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF cache without Spring: what it keys on, and its bounds. The writer writes the title as the "PDF". */
class MinutesPdfCacheTests {

	private static final MinutesDocument.Labels LABELS = new MinutesDocument.Labels("Compte-rendu", "Format",
			"Participants", "Décisions", "Actions", "Qui", "Quoi", "Quand", "État", "Aucun", "Projet", "Relecture",
			"Publié");

	/** Writes the document's title: enough to tell renders apart. */
	private static final MinutesPdfWriter TITLE_WRITER = new MinutesPdfWriter() {
		@Override
		public void write(MinutesDocument minutes, OutputStream out) {
			try {
				out.write(minutes.meetingTitle().getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	};

	private static MinutesDocument document(String title, Locale locale) {
		return new MinutesDocument(locale, "Groupe-pays Corée", title, "jeudi 28 janvier 2021", null,
				MinutesDocument.Status.PUBLISHED, null, null, null, null, LABELS);
	}

	@Test
	void theSameVersionsAndDocumentAreRenderedOnce() {
		MinutesPdfCache cache = new MinutesPdfCache(TITLE_WRITER, 10, 1_000);
		byte[] first = cache.pdf(1, Copy.PUBLISHED, 3, 1, document("Réunion", Locale.FRENCH));
		byte[] second = cache.pdf(1, Copy.PUBLISHED, 3, 1, document("Réunion", Locale.FRENCH));

		assertThat(cache.renders()).isEqualTo(1);
		assertThat(second).isEqualTo(first).asString(StandardCharsets.UTF_8).isEqualTo("Réunion");
	}

	@Test
	void aNewVersionAnotherCopyLanguageOrTextRendersAnew() {
		MinutesPdfCache cache = new MinutesPdfCache(TITLE_WRITER, 10, 1_000);
		cache.pdf(1, Copy.PUBLISHED, 3, 1, document("Réunion", Locale.FRENCH));

		cache.pdf(1, Copy.PUBLISHED, 4, 1, document("Réunion", Locale.FRENCH));
		assertThat(cache.renders()).isEqualTo(2);
		cache.pdf(1, Copy.PUBLISHED, 4, 2, document("Réunion", Locale.FRENCH));
		assertThat(cache.renders()).isEqualTo(3);
		// same versions, another text (a renamed organization, a new action item): rendered anew
		assertThat(cache.pdf(1, Copy.PUBLISHED, 4, 2, document("Réunion renommée", Locale.FRENCH)))
			.asString(StandardCharsets.UTF_8)
			.isEqualTo("Réunion renommée");
		assertThat(cache.renders()).isEqualTo(4);
		cache.pdf(1, Copy.PUBLISHED, 4, 2, document("Réunion renommée", Locale.KOREAN));
		cache.pdf(1, Copy.WORKING, 4, 2, document("Réunion renommée", Locale.FRENCH));
		assertThat(cache.renders()).isEqualTo(6);

		// each of them is kept
		cache.pdf(1, Copy.PUBLISHED, 4, 2, document("Réunion renommée", Locale.FRENCH));
		cache.pdf(1, Copy.PUBLISHED, 4, 2, document("Réunion renommée", Locale.KOREAN));
		cache.pdf(1, Copy.WORKING, 4, 2, document("Réunion renommée", Locale.FRENCH));
		assertThat(cache.renders()).isEqualTo(6);
	}

	@Test
	void theLeastRecentlyUsedGoFirstBeyondTheEntriesOrTheBytes() {
		MinutesPdfCache byEntries = new MinutesPdfCache(TITLE_WRITER, 2, 1_000);
		byEntries.pdf(1, Copy.PUBLISHED, 0, 1, document("Un", Locale.FRENCH));
		byEntries.pdf(2, Copy.PUBLISHED, 0, 1, document("Deux", Locale.FRENCH));
		byEntries.pdf(1, Copy.PUBLISHED, 0, 1, document("Un", Locale.FRENCH));
		byEntries.pdf(3, Copy.PUBLISHED, 0, 1, document("Trois", Locale.FRENCH));
		assertThat(byEntries.renders()).isEqualTo(3);
		byEntries.pdf(1, Copy.PUBLISHED, 0, 1, document("Un", Locale.FRENCH));
		assertThat(byEntries.renders()).isEqualTo(3);
		byEntries.pdf(2, Copy.PUBLISHED, 0, 1, document("Deux", Locale.FRENCH));
		assertThat(byEntries.renders()).isEqualTo(4);

		MinutesPdfCache byBytes = new MinutesPdfCache(TITLE_WRITER, 100, 10);
		byBytes.pdf(1, Copy.PUBLISHED, 0, 1, document("123456", Locale.FRENCH));
		byBytes.pdf(2, Copy.PUBLISHED, 0, 1, document("abcdef", Locale.FRENCH));
		byBytes.pdf(2, Copy.PUBLISHED, 0, 1, document("abcdef", Locale.FRENCH));
		assertThat(byBytes.renders()).isEqualTo(2);
		byBytes.pdf(1, Copy.PUBLISHED, 0, 1, document("123456", Locale.FRENCH));
		assertThat(byBytes.renders()).isEqualTo(3);
		// larger than the whole budget: served, never kept
		byBytes.pdf(3, Copy.PUBLISHED, 0, 1, document("far too long a title", Locale.FRENCH));
		byBytes.pdf(3, Copy.PUBLISHED, 0, 1, document("far too long a title", Locale.FRENCH));
		assertThat(byBytes.renders()).isEqualTo(5);
	}

}
