package org.passerelle.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of a forgotten password (lengths of the new one are checked by {@link PasswordRule}). */
public final class PasswordResetForms {

	private PasswordResetForms() {
	}

	/** The address to mail a reset link to. */
	public record Forgot(@NotBlank @Size(max = 200) String email) {
	}

	/** The new password, typed twice. */
	public record NewPassword(@NotBlank String newPassword, @NotBlank String confirmation) {
	}

}
