package org.passerelle.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.MailAddress;

/** A newcomer's request for an account, from the public form. */
public record AccountRequestForm(@NotBlank @Size(max = 200) String name,
		@NotBlank @MailAddress @Size(max = 200) String email, @NotBlank @Size(max = 200) String organization,
		@Size(max = 2000) String message) {
}
