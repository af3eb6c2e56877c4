package org.passerelle.shared;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for stored e-mail addresses: what {@code @Email} let through and the mailer or the calendar writer
 * could not use is refused; ordinary addresses pass.
 */
class MailAddressTests {

	record Checked(@MailAddress String address) {
	}

	record Lenient(@Email String address) {
	}

	static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@ParameterizedTest
	@ValueSource(strings = { "claire@issy.test", "kim.minsu@gaok.or.kr", "o'brien+meetings@example.org",
			"a_b-c@sub.domain-x.example", "x@localhost", "  padded@example.org  ", "weird{|}~^`@example.org" })
	void plainAddressesAreUsable(String address) {
		assertThat(MailAddressRule.isUsable(address)).as(address).isTrue();
		assertThat(validator.validate(new Checked(address))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"jean dupont\"@mairie.test", "\"quoted\"@example.org", "jean dupont@mairie.test",
			"josé@mairie.test", "김민수@gaok.test", "kim@가옥.test", "user@[192.168.0.1]", "Claire <claire@issy.test>",
			"a@b.org, c@d.org", "a..b@example.org", ".a@example.org", "a.@example.org", "a@-example.org",
			"a@example-.org", "a@example..org", "a@", "@example.org", "plain", "a@b@example.org", "a\"b@example.org",
			"a\\b@example.org", "a(comment)@example.org", "a@example.org\nBcc: x@y.org" })
	void addressesTheMailerCannotUseAreRefused(String address) {
		assertThat(MailAddressRule.isUsable(address)).as(address).isFalse();
		Set<ConstraintViolation<Checked>> violations = validator.validate(new Checked(address));
		assertThat(violations).singleElement()
			.satisfies(violation -> assertThat(violation.getMessageTemplate()).isEqualTo("{validation.mailAddress}"));
	}

	@Test
	void theAddressesOfTheIssuePassedEmailButNotThisRule() {
		for (String address : new String[] { "\"jean dupont\"@mairie.test", "josé@mairie.test" }) {
			assertThat(validator.validate(new Lenient(address))).as("@Email lets %s through", address).isEmpty();
			assertThat(validator.validate(new Checked(address))).as(address).hasSize(1);
		}
	}

	@Test
	void limitsOfSmtpAreKept() {
		assertThat(MailAddressRule.isUsable("a".repeat(64) + "@example.org")).isTrue();
		assertThat(MailAddressRule.isUsable("a".repeat(65) + "@example.org")).isFalse();
		String longDomain = ("b".repeat(60) + ".").repeat(5) + "org";
		assertThat(MailAddressRule.isUsable("a@" + longDomain)).isFalse();
	}

	@Test
	void emptyIsLeftToNotBlank() {
		assertThat(validator.validate(new Checked(null))).isEmpty();
		assertThat(validator.validate(new Checked(""))).isEmpty();
		assertThat(validator.validate(new Checked("  "))).isEmpty();
		assertThat(MailAddressRule.isUsable(null)).isFalse();
		assertThat(MailAddressRule.isUsable("")).isFalse();
	}

}
