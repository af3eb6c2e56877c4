package org.passerelle.meeting.attachment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.shared.web.RequestBodyLimit;
import org.passerelle.shared.web.UploadSizeGuard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The meeting module's file upload ({@code /meetings/{id}/attachments}), measured before its body is read
 * ({@link UploadSizeGuard}): one larger than the multipart limit goes back to its meeting page with the reason next
 * to the upload field (smaller ones over 10 MB are refused by the controller with the same message).
 */
@Component
@Order(RequestBodyLimit.UPLOAD_FILTER_ORDER)
class UploadSizeFilter extends UploadSizeGuard {

	private static final Pattern ATTACHMENTS = Pattern.compile("/meetings/(\\d+)/attachments");

	private final long maxRequestSize;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize.toBytes();
	}

	@Override
	protected Upload uploadAt(String path) {
		Matcher upload = ATTACHMENTS.matcher(path);
		return upload.matches() ? Upload.page(maxRequestSize, "/meetings/" + upload.group(1) + "#attachments",
				"attachmentError", "meeting.attachment.tooLarge") : null;
	}

}
