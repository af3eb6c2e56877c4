package org.passerelle.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text field that must hold an e-mail address Passerelle can really write to (or nothing). Stricter than
 * {@code @Email}, which lets through quoted local parts with spaces ({@code "jean dupont"@mairie.fr}), accented
 * letters and domain literals: the mail library, SMTP servers without SMTPUTF8 and the {@code mailto:} of an
 * .ics cannot use them. One rule for every form that stores an address, and for the mailer and the calendar
 * writer, which meet addresses stored before the rule ({@link MailAddressRule#isUsable}).
 */
@Documented
@Constraint(validatedBy = MailAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface MailAddress {

	String message() default "{validation.mailAddress}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<MailAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || MailAddressRule.isUsable(value);
		}

	}

}
