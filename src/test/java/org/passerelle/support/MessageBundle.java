package org.passerelle.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's message file read as it is on the classpath ({@code messages_ko.properties}), so a test
 * can tell that a text on a page comes from that file and not from another language's.
 */
public final class MessageBundle {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*}");

	private final String language;

	private final Properties messages = new Properties();

	private MessageBundle(String language) {
		this.language = language;
		String file = "messages_" + language + ".properties";
		try (InputStream in = MessageBundle.class.getClassLoader().getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("no " + file + " on the classpath");
			}
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static MessageBundle of(String language) {
		return new MessageBundle(language);
	}

	public String language() {
		return language;
	}

	/** The text of a key as the file holds it (pages show it so when it takes no arguments). */
	public String get(String key) {
		String value = messages.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException("no " + key + " in messages_" + language);
		}
		return value;
	}

	/** Whether some key of this file has exactly this text. */
	public boolean hasText(String text) {
		return values().contains(text);
	}

	/**
	 * Whether the text is one of this file's messages, its arguments ({@code {0}}) filled in with anything.
	 */
	public boolean matches(String text) {
		return hasText(text) || values().stream()
			.filter(value -> ARGUMENT.matcher(value).find())
			.anyMatch(value -> toPattern(value).matcher(text).matches());
	}

	private static Pattern toPattern(String message) {
		StringBuilder regex = new StringBuilder();
		Matcher argument = ARGUMENT.matcher(message);
		int last = 0;
		while (argument.find()) {
			regex.append(Pattern.quote(literal(message.substring(last, argument.start())))).append(".+?");
			last = argument.end();
		}
		regex.append(Pattern.quote(literal(message.substring(last))));
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	/** MessageFormat writes a quote as two when a message takes arguments. */
	private static String literal(String part) {
		return part.replace("''", "'");
	}

	public Collection<String> values() {
		return messages.values().stream().map(String.class::cast).toList();
	}

}
