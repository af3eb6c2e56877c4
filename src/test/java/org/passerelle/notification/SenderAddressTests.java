package org.passerelle.notification;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail sender is bound once, with its default, and a bad address stops the start-up with the reason. */
class SenderAddressTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Binding.class);

	@Test
	void theSenderDefaultsToPasserelleNoReply() {
		context.run(started -> {
			SenderAddress sender = started.getBean(SenderAddress.class);
			assertThat(sender.from()).isEqualTo("Passerelle <no-reply@passerelle.local>");
			assertThat(sender.address()).isEqualTo("no-reply@passerelle.local");
		});
	}

	@Test
	void theSenderIsTheConfiguredOneWithAndWithoutItsName() {
		context.withPropertyValues("passerelle.mail.from=Groupe-pays Corée <coree@cites-unies.example>")
			.run(started -> {
				SenderAddress sender = started.getBean(SenderAddress.class);
				assertThat(sender.from()).isEqualTo("Groupe-pays Corée <coree@cites-unies.example>");
				assertThat(sender.address()).isEqualTo("coree@cites-unies.example");
			});
	}

	@Test
	void anAddressThatCannotBeParsedStopsTheStartUp() {
		context.withPropertyValues("passerelle.mail.from=Passerelle <no reply>").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure())
				.hasStackTraceContaining("passerelle.mail.from is not an e-mail address");
		});
	}

	@Test
	void anAddressTheMailServerCannotUseStopsTheStartUpToo() {
		context.withPropertyValues("passerelle.mail.from=Passerelle <\"no reply\"@passerelle.example>").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure())
				.hasStackTraceContaining("passerelle.mail.from is not an e-mail address");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SenderAddress.class)
	static class Binding {

	}

}
