package org.passerelle.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the lock failure into Spring Boot's short "APPLICATION FAILED TO START" report. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other instance, or start this one with PASSERELLE_DATA_DIR pointing at another directory"
						+ " (or with SPRING_DATASOURCE_URL pointing at an external PostgreSQL).",
				cause);
	}

}
