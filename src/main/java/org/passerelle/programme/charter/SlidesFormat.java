package org.passerelle.programme.charter;

/** The slide files a presentation may have, told by their content. */
public enum SlidesFormat {

	PDF("application/pdf", "pdf"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

	private final String contentType;

	private final String extension;

	SlidesFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

}
