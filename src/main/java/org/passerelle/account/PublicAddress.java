package org.passerelle.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address links in the account mails start with: {@code passerelle.base-url} (PASSERELLE_BASE_URL) when set,
 * else the address of the request that caused the mail. Minimal on purpose: a shared helper for every module's mails
 * is being written beside this one (issue 9, point 1) and will replace it.
 */
@Component
class PublicAddress {

	private final String configured;

	PublicAddress(@Value("${passerelle.base-url:}") String configured) {
		String trimmed = configured == null ? "" : configured.strip();
		this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/** The absolute address of {@code path} (which starts with a slash). */
	String link(String path) {
		String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: configured;
		return base + path;
	}

}
