package org.passerelle.account;

import jakarta.validation.constraints.NotBlank;

/** The signed-in user's own new password, with the current one (lengths are checked by {@link PasswordRule}). */
record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
		@NotBlank String confirmation) {
}
