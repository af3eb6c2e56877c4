package org.passerelle.meeting;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address the current request came to ("https://passerelle.example.org"), which controllers hand to the services
 * whose changes send mail: the mails' links use it when no public address ({@code passerelle.base-url}) is set.
 */
public final class RequestAddress {

	private RequestAddress() {
	}

	public static String current() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
