package org.passerelle.support;

import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for MockMvc tests, without touching the accounts table. */
public final class TestAccounts {

	private TestAccounts() {
	}

	public static PasserelleUser user(Role role, Long organizationId) {
		return new PasserelleUser(role.ordinal() + 9000L, role.name().toLowerCase() + "@test.local", "{noop}x",
				role.name(), role, organizationId, true);
	}

	public static RequestPostProcessor admin() {
		return SecurityMockMvcRequestPostProcessors.user(user(Role.ADMIN, null));
	}

	public static RequestPostProcessor coordinator() {
		return SecurityMockMvcRequestPostProcessors.user(user(Role.COORDINATOR, null));
	}

	public static RequestPostProcessor member(long organizationId) {
		return SecurityMockMvcRequestPostProcessors.user(user(Role.MEMBER, organizationId));
	}

	public static RequestPostProcessor visitor() {
		return SecurityMockMvcRequestPostProcessors.user(user(Role.VISITOR, null));
	}

}
