package org.passerelle.meeting.document;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The minutes' PDFs, rendered once and then served from memory: rendering takes hundreds of milliseconds and
 * megabytes of fonts, while the minutes rarely change. One entry per meeting, copy (the working copy or the published
 * revision: which one depends on the reader) and language, holding the meeting's version, the copy's version (the
 * minutes' version or the revision's number) and the {@link MinutesDocument} it was rendered from. A request is served
 * from the entry when all three are the same; otherwise the PDF is rendered anew and replaces the entry. The document
 * itself is compared because the PDF also shows what no version of the meeting follows (the action items, the names
 * of the group, organizations and people). Bounded in entries and in bytes, the least recently used going first.
 */
@Component
class MinutesPdfCache {

	/** Which text of the minutes a PDF shows. */
	enum Copy {

		/** The minutes being written, for coordinators and, during the review, attendees. */
		WORKING,
		/** The last published revision, for every other reader. */
		PUBLISHED

	}

	private record Slot(long meetingId, Copy copy, Locale locale) {
	}

	private record Entry(long meetingVersion, long copyVersion, MinutesDocument document, byte[] pdf) {
	}

	private final MinutesPdfWriter writer;

	private final int maxEntries;

	private final long maxBytes;

	// access order: iteration starts with the least recently used
	private final LinkedHashMap<Slot, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

	private long bytes;

	private final AtomicLong renders = new AtomicLong();

	MinutesPdfCache(MinutesPdfWriter writer, @Value("${passerelle.minutes-pdf.cache-entries:64}") int maxEntries,
			@Value("${passerelle.minutes-pdf.cache-bytes:33554432}") long maxBytes) {
		this.writer = writer;
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	/** The PDF of this document, from the cache when it was rendered from the same versions and values. */
	byte[] pdf(long meetingId, Copy copy, long meetingVersion, long copyVersion, MinutesDocument document) {
		Slot slot = new Slot(meetingId, copy, document.locale());
		Entry cached = get(slot);
		if (cached != null && cached.meetingVersion() == meetingVersion && cached.copyVersion() == copyVersion
				&& cached.document().equals(document)) {
			return cached.pdf();
		}
		// Rendered outside the lock: two first readers at once may both render, which is harmless.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(document, out);
		renders.incrementAndGet();
		byte[] pdf = out.toByteArray();
		put(slot, new Entry(meetingVersion, copyVersion, document, pdf));
		return pdf;
	}

	/** How many PDFs were rendered since the start (the others were served from memory). */
	long renders() {
		return renders.get();
	}

	private synchronized Entry get(Slot slot) {
		return entries.get(slot);
	}

	private synchronized void put(Slot slot, Entry entry) {
		if (entry.pdf().length > maxBytes) {
			return;
		}
		Entry replaced = entries.put(slot, entry);
		if (replaced != null) {
			bytes -= replaced.pdf().length;
		}
		bytes += entry.pdf().length;
		Iterator<Map.Entry<Slot, Entry>> eldest = entries.entrySet().iterator();
		while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
			Map.Entry<Slot, Entry> next = eldest.next();
			if (next.getKey().equals(slot)) {
				continue;
			}
			bytes -= next.getValue().pdf().length;
			eldest.remove();
		}
	}

}
