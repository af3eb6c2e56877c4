package org.passerelle.programme.charter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.shared.web.RequestBodyLimit;
import org.passerelle.shared.web.UploadSizeGuard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A presentation's upload over the multipart limit is refused before its body is read, as the meetings' attachments
 * are: the page goes back to its form with the reason next to the slides field, the API answers 413 problem JSON.
 * Smaller files over {@link SlidesReader#MAX_BYTES} are refused by the controllers with the same message.
 */
@Component
@Order(RequestBodyLimit.UPLOAD_FILTER_ORDER)
class PresentationUploadSizeFilter extends UploadSizeGuard {

	private static final Pattern PAGE = Pattern.compile("/seminars/(\\d+)/presentations");

	private static final Pattern API = Pattern.compile("/api/v1/seminars/(\\d+)/presentations");

	private final long maxRequestSize;

	PresentationUploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize.toBytes();
	}

	@Override
	protected Upload uploadAt(String path) {
		if (API.matcher(path).matches()) {
			return Upload.api(maxRequestSize);
		}
		Matcher page = PAGE.matcher(path);
		return page.matches() ? Upload.page(maxRequestSize, "/seminars/" + page.group(1) + "/presentations#submit",
				"slidesError", "programme.presentation.slides.tooLarge") : null;
	}

}
