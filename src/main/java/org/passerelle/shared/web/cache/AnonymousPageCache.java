package org.passerelle.shared.web.cache;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.passerelle.shared.database.DataGeneration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Pages as an anonymous reader gets them, by address and language, each kept with the {@link DataGeneration} it
 * was rendered at: any committed change of the data, here or on another instance, makes every page stale, and a
 * page is kept at most {@code passerelle.page-cache.max-age} anyway, for what changes with time alone (a meeting
 * that becomes past). Bounded in bytes.
 */
@Component
public class AnonymousPageCache {

	/** A page as it was answered: its body and the headers to answer it with again. */
	record Page(byte[] body, String contentType, Map<String, List<String>> headers, String etag, long generation) {
	}

	private final Cache<String, Page> pages;

	private final DataGeneration generation;

	AnonymousPageCache(DataGeneration generation,
			@Value("${passerelle.page-cache.max-age:60s}") Duration maxAge,
			@Value("${passerelle.page-cache.max-size:32MB}") DataSize maxSize) {
		this.generation = generation;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((String key, Page page) -> key.length() * 2 + page.body().length + 512)
			.expireAfterWrite(maxAge)
			.build();
	}

	/** The generation to tag a page with: read before it is rendered, so a change during rendering makes it stale. */
	long generation() {
		return generation.current();
	}

	Page find(String key) {
		Page page = pages.getIfPresent(key);
		if (page != null && !generation.isCurrent(page.generation())) {
			pages.invalidate(key);
			return null;
		}
		return page;
	}

	void keep(String key, Page page) {
		if (generation.isCurrent(page.generation())) {
			pages.put(key, page);
		}
	}

}
