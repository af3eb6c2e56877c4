package org.passerelle.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.AssertionFailedError;
import org.passerelle.account.AccountManagement;
import org.passerelle.shared.security.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Decides whether browser tests run, gives each test method a fresh {@link Browser} on the running
 * application, and makes sure the known administrator ({@link #ADMIN_EMAIL}) exists.
 * <p>
 * {@code -Dpasserelle.browser-tests=auto} (default): skipped, with one line on the console, when Chromium or
 * ChromeDriver is not installed. {@code required}: the same situation fails the tests. {@code off}: always
 * skipped. In every mode a browser that is installed but does not start is a failure. The paths can be
 * changed with {@code -Dpasserelle.chromium=...} and {@code -Dpasserelle.chromedriver=...}.
 */
public class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver, AfterEachCallback {

	public static final String MODE_PROPERTY = "passerelle.browser-tests";

	public static final String ADMIN_EMAIL = "browser-admin@test.local";

	public static final String ADMIN_PASSWORD = "Browser-tests-2021";

	static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final AtomicBoolean skipReported = new AtomicBoolean();

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	enum Mode {

		AUTO, REQUIRED, OFF;

		static Mode fromProperty() {
			String value = System.getProperty(MODE_PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
			return switch (value) {
				case "", "auto" -> AUTO;
				case "required", "true" -> REQUIRED;
				case "off", "false", "skip" -> OFF;
				default -> throw new AssertionFailedError(
						"-D" + MODE_PROPERTY + "=" + value + " is not a mode: use auto, required or off");
			};
		}

	}

	static Path chromium() {
		return Path.of(System.getProperty("passerelle.chromium", DEFAULT_CHROMIUM.toString()));
	}

	static Path chromedriver() {
		return Path.of(System.getProperty("passerelle.chromedriver", DEFAULT_CHROMEDRIVER.toString()));
	}

	/**
	 * Skips a browser test class, before its application starts, when the mode allows it and Chromium or
	 * ChromeDriver is missing. Surefire then counts its tests as skipped.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isPresent()) {
			return ConditionEvaluationResult.enabled("decided for the class");
		}
		Mode mode = Mode.fromProperty();
		if (mode == Mode.OFF) {
			return skip("-D" + MODE_PROPERTY + "=off");
		}
		String missing = missingPrograms();
		if (missing == null || mode == Mode.REQUIRED) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found, or required");
		}
		return skip(missing + " (install the Debian packages chromium and chromium-driver to run them; -D"
				+ MODE_PROPERTY + "=required makes this a failure)");
	}

	/** In {@code required} mode, a missing browser fails the class with what to install. */
	@Override
	public void beforeAll(ExtensionContext context) {
		String missing = missingPrograms();
		if (missing != null) {
			throw new AssertionFailedError("Browser tests are required (-D" + MODE_PROPERTY + "=required) but "
					+ missing + ". Install the Debian packages chromium and chromium-driver (.ci/run does it), "
					+ "or point -Dpasserelle.chromium / -Dpasserelle.chromedriver at them.");
		}
	}

	/** What is missing ("/usr/bin/chromium not found"), or null when both programs are there. */
	private static String missingPrograms() {
		List<String> missing = new ArrayList<>();
		for (Path program : List.of(chromium(), chromedriver())) {
			if (!Files.isExecutable(program)) {
				missing.add(program.toString());
			}
		}
		return missing.isEmpty() ? null : String.join(" and ", missing) + " not found";
	}

	private static ConditionEvaluationResult skip(String why) {
		if (skipReported.compareAndSet(false, true)) {
			System.out.println("[passerelle] Browser tests skipped: " + why);
		}
		return ConditionEvaluationResult.disabled("Browser tests skipped: " + why);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		ensureAdministrator(application.getBean(AccountManagement.class));
		String port = application.getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new ParameterResolutionException(
					"No local.server.port: a Browser needs @BrowserTest (a server on a random port)");
		}
		Path log = Path.of("target", "chromedriver.log").toAbsolutePath();
		Browser browser;
		try {
			browser = Browser.start(chromium(), chromedriver(), "http://localhost:" + port, log);
		}
		catch (Exception ex) {
			throw new AssertionFailedError("Chromium (" + chromium() + ") did not start through ChromeDriver ("
					+ chromedriver() + "): " + ex.getMessage().lines().findFirst().orElse("") + " — see " + log
					+ "; chromium and chromium-driver must be the same version", ex);
		}
		context.getStore(NAMESPACE).put(Browser.class, browser);
		return browser;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	private static synchronized void ensureAdministrator(AccountManagement accounts) {
		if (!accounts.exists(ADMIN_EMAIL)) {
			accounts.create(ADMIN_EMAIL, ADMIN_PASSWORD, "Browser Admin", Role.ADMIN, null);
		}
	}

}
