package org.passerelle.meeting.document;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log through SLF4J like the rest of the application (by default it prints every font
 * load and layout step on the console): its INFO becomes DEBUG, warnings and errors stay.
 */
final class Slf4jRendererLog implements XRLogger {

	private static volatile boolean installed;

	private Slf4jRendererLog() {
	}

	static void install() {
		if (!installed) {
			synchronized (Slf4jRendererLog.class) {
				if (!installed) {
					XRLog.setLoggerImpl(new Slf4jRendererLog());
					installed = true;
				}
			}
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String where, Level level) {
		// levels are SLF4J's (logging.level.com.openhtmltopdf=…)
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		return value >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}

}
