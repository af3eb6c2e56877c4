package org.passerelle.shared;

/** An id that names nothing stored: 404 on pages and in the API. */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final Object id;

	public NotFoundException(String kind, Object id) {
		super("No " + kind + " with id " + id);
		this.kind = kind;
		this.id = id;
	}

	public String kind() {
		return kind;
	}

	public Object id() {
		return id;
	}

}
