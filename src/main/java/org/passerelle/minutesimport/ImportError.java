package org.passerelle.minutesimport;

/**
 * Why an input gave no proposal. The key is the message the coordinator reads; the English text is a default
 * for logs and for bundles that do not have the key yet.
 */
public enum ImportError {

	EMPTY("importing.error.empty", "The file or the text is empty."),

	TOO_LARGE("importing.error.tooLarge", "The file is larger than {0} MB."),

	UNSUPPORTED("importing.error.unsupported",
			"This kind of file ({0}) cannot be read: use .txt, .docx or .pdf, or paste the text."),

	UNREADABLE("importing.error.unreadable", "The file could not be read: it is damaged or it is not text."),

	ENCRYPTED("importing.error.encrypted", "The PDF is protected by a password: remove the protection first."),

	NO_TEXT("importing.error.noText", "The document holds no text (a scanned PDF?): paste the text instead."),

	TOO_COMPLEX("importing.error.tooComplex",
			"The file holds more than an import can read: unpacked, it is too big, or it has too many pages or parts."
					+ " Split it or paste the text."),

	NOT_MINUTES("importing.error.notMinutes",
			"No date, attendance list or numbered section was found: this does not look like minutes.");

	private final String key;

	private final String defaultMessage;

	ImportError(String key, String defaultMessage) {
		this.key = key;
		this.defaultMessage = defaultMessage;
	}

	public String key() {
		return key;
	}

	public String defaultMessage() {
		return defaultMessage;
	}

}
