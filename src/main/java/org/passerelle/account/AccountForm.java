package org.passerelle.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.MailAddress;
import org.passerelle.shared.security.Role;

/** A new account, as an administrator enters it (the password's lengths: {@link PasswordRule}). */
record AccountForm(@NotBlank @MailAddress @Size(max = 200) String email, @NotBlank @Size(max = 200) String displayName,
		@NotNull Role role, Long organizationId, @NotBlank String password) {
}
