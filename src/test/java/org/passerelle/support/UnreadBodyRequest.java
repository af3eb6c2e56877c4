package org.passerelle.support;

import jakarta.servlet.ServletInputStream;

import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A POST announcing a large body that fails the test if anything reads it: for the upload filters, which must answer
 * from the announced length alone.
 */
public class UnreadBodyRequest extends MockHttpServletRequest {

	private final long announced;

	private boolean read;

	public UnreadBodyRequest(String path, long announcedBytes) {
		super("POST", path);
		this.announced = announcedBytes;
	}

	@Override
	public long getContentLengthLong() {
		return announced;
	}

	@Override
	public ServletInputStream getInputStream() {
		read = true;
		throw new AssertionError("the body was read");
	}

	public boolean wasRead() {
		return read;
	}

}
