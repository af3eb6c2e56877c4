package org.passerelle.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RequestBodyLimit#limited}: what the upload filters of the modules read a body through. */
class RequestBodyLimitTests {

	@Test
	void aBodyWithoutALengthStopsBeingReadPastTheLimit() throws IOException {
		MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/meeting-imports") {

			private final InputStream endless = new InputStream() {

				@Override
				public int read() {
					return 'a';
				}

			};

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public ServletInputStream getInputStream() {
				return new DelegatingServletInputStream(endless);
			}

		};
		InputStream body = RequestBodyLimit.limited(chunked, 1024).getInputStream();
		assertThat(body.readNBytes(1024)).hasSize(1024);
		assertThatThrownBy(body::read).isInstanceOf(RequestBodyLimit.TooLargeException.class);
		// a body that announces its length is left alone (the filter compared it already)
		MockHttpServletRequest announced = new MockHttpServletRequest("POST", "/api/v1/meeting-imports");
		announced.setContent(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
		assertThat(RequestBodyLimit.limited(announced, 1)).isSameAs(announced);
	}

}
