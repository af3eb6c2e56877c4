package org.passerelle.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium pointed at the application under test. Every navigation it makes ({@link #open},
 * {@link #follow}, {@link #submit}) waits for the new page and runs {@link Accessibility#check} on it, so no
 * page a test visits escapes the axe check.
 */
public final class Browser implements AutoCloseable {

	/** The language the browser asks for (Accept-Language) until the reader picks one. */
	public static final String BROWSER_LANGUAGE = "fr";

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private final WebDriverWait wait;

	private final List<String> checkedPages = new ArrayList<>();

	private Browser(ChromeDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	/**
	 * Starts Chromium through the given ChromeDriver, never through Selenium Manager (which would try the
	 * network), with a fresh profile that is deleted on {@link #close}.
	 */
	static Browser start(Path chromium, Path chromedriver, String baseUrl, Path logFile) throws IOException {
		Path profile = Files.createTempDirectory("passerelle-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--disable-extensions", "--disable-quic", "--password-store=basic",
				"--disable-features=Translate,OptimizationHints,MediaRouter", "--lang=" + BROWSER_LANGUAGE,
				"--window-size=1280,900", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs",
				Map.of("intl.accept_languages", BROWSER_LANGUAGE, "credentials_enable_service", false,
						"profile.password_manager_enabled", false, "profile.password_manager_leak_detection",
						false));
		Files.createDirectories(logFile.getParent());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.withLogFile(logFile.toFile())
			.withAppendLog(true)
			.withLogLevel(ChromiumDriverLogLevel.WARNING)
			.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile, baseUrl);
		}
		catch (RuntimeException ex) {
			FileSystemUtils.deleteRecursively(profile.toFile());
			throw ex;
		}
	}

	public WebDriver driver() {
		return driver;
	}

	/** The absolute URL of a path of the application ("/organizations"). */
	public String url(String path) {
		return baseUrl + path;
	}

	/** Opens a path of the application, then checks the page with axe. */
	public Browser open(String path) {
		driver.get(url(path));
		pageLoaded();
		return this;
	}

	/** Clicks something that loads a new page (a link, a submit button), waits for it, checks it with axe. */
	public Browser follow(WebElement element) {
		WebElement previous = driver.findElement(By.tagName("html"));
		element.click();
		wait.until(d -> isGone(previous));
		pageLoaded();
		return this;
	}

	/**
	 * Whether an element belonged to a page since replaced. Chromium sometimes answers for a node of the old
	 * document, while the new one loads, with "does not belong to the document" instead of a stale element.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Same as {@link #follow}: submits the form the button belongs to. */
	public Browser submit(WebElement button) {
		return follow(button);
	}

	/** Runs axe on the page as it is now (after a script changed it, say). */
	public void checkAccessibility() {
		Accessibility.check(driver);
		checkedPages.add(currentPath() + " [" + lang() + "]");
	}

	private void pageLoaded() {
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		checkAccessibility();
	}

	/** The pages checked with axe so far, with their language. */
	public List<String> checkedPages() {
		return List.copyOf(checkedPages);
	}

	/** The {@code lang} of the page's {@code <html>}. */
	public String lang() {
		return driver.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	/** Path and query of the page shown ("/sign-in?error"). */
	public String currentPath() {
		URI uri = URI.create(driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	/**
	 * Signs in through the sign-in form as the administrator {@link BrowserExtension} makes sure exists, and fails
	 * unless the browser left the sign-in page.
	 */
	public Browser signInAsAdministrator() {
		open("/sign-in");
		type("email", BrowserExtension.ADMIN_EMAIL);
		type("password", BrowserExtension.ADMIN_PASSWORD);
		submit(find(By.cssSelector("main form button[type=submit]")));
		if (currentPath().startsWith("/sign-in")) {
			throw new AssertionError(
					"the administrator " + BrowserExtension.ADMIN_EMAIL + " did not sign in: " + currentPath());
		}
		return this;
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	public Optional<WebElement> findOptional(By by) {
		return driver.findElements(by).stream().findFirst();
	}

	public String text(By by) {
		return find(by).getText().strip();
	}

	public void type(String name, String value) {
		WebElement field = find(By.name(name));
		field.clear();
		field.sendKeys(value);
	}

	public void select(String name, String value) {
		new Select(find(By.name(name))).selectByValue(value);
	}

	/**
	 * Selects the first of {@code preferred} the list offers; with no {@code preferred} value, its first non-empty
	 * option. Fails when values are preferred and the list offers none of them: a test that names what it wants
	 * must not go on with whatever row happens to come first.
	 */
	public String selectPreferring(String name, String... preferred) {
		Select select = new Select(find(By.name(name)));
		List<String> values = select.getOptions().stream().map(option -> option.getDomAttribute("value")).toList();
		String chosen;
		if (preferred.length > 0) {
			chosen = List.of(preferred)
				.stream()
				.filter(values::contains)
				.findFirst()
				.orElseThrow(() -> new AssertionError(
						"the list " + name + " offers none of " + List.of(preferred) + ", only " + values));
		}
		else {
			chosen = values.stream()
				.filter(value -> value != null && !value.isBlank())
				.findFirst()
				.orElseThrow(() -> new AssertionError("the list " + name + " offers no choice"));
		}
		select.selectByValue(chosen);
		return chosen;
	}

	public void check(String name, String value) {
		WebElement box = find(By.cssSelector("input[type=checkbox][name='" + name + "'][value='" + value + "']"));
		if (!box.isSelected()) {
			box.click();
		}
	}

	/**
	 * The first element matching {@code by} that satisfies {@code test}, on this page or, following
	 * {@code rel=next} links, on the next ones of a paginated list.
	 */
	public Optional<WebElement> findAcrossPages(By by, Predicate<WebElement> test) {
		for (int page = 0; page < 50; page++) {
			Optional<WebElement> found = findAll(by).stream().filter(test).findFirst();
			if (found.isPresent()) {
				return found;
			}
			Optional<WebElement> next = findOptional(By.cssSelector("main a[rel=next]"));
			if (next.isEmpty()) {
				return Optional.empty();
			}
			follow(next.get());
		}
		return Optional.empty();
	}

	/** Makes the page area (not the window, which also holds the browser's bars) exactly this size. */
	public void resizeViewport(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height + 200));
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Saves a PNG of what the window shows. */
	public void screenshot(Path file) throws IOException {
		File png = driver.getScreenshotAs(OutputType.FILE);
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.copy(png.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

}
