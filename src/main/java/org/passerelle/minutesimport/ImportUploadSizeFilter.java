package org.passerelle.minutesimport;

import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.shared.web.RequestBodyLimit;
import org.passerelle.shared.web.UploadSizeGuard;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The importer's form ({@code /meetings/import}) and its API ({@code POST /api/v1/meeting-imports}, text/plain or
 * multipart) check the size of the upload before the body is read, in front of the security filters (which would
 * make Tomcat parse a multipart body while looking for the CSRF token; {@link UploadSizeGuard}). They accept the
 * importer's {@value TextExtractor#MAX_MEGABYTES} MB and a margin for the rest of the form: the page says it next to
 * its upload field, the API answers 413 with a problem.
 */
@Component
@Order(RequestBodyLimit.UPLOAD_FILTER_ORDER)
class ImportUploadSizeFilter extends UploadSizeGuard {

	static final String IMPORT_API_PATH = "/api/v1/meeting-imports";

	/** The importer reads at most {@link TextExtractor#MAX_BYTES}; the margin is for the multipart envelope. */
	static final long IMPORT_LIMIT = TextExtractor.MAX_BYTES + 1024L * 1024;

	@Override
	protected Upload uploadAt(String path) {
		if (path.equals(IMPORT_API_PATH)) {
			return Upload.api(IMPORT_LIMIT);
		}
		// the form says it the same way as the importer, next to its upload field
		return path.equals(MeetingImportController.IMPORT_PATH) ? Upload.page(IMPORT_LIMIT,
				MeetingImportController.IMPORT_PATH, "importError", ImportError.TOO_LARGE.key()) : null;
	}

}
