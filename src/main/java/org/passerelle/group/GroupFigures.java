package org.passerelle.group;

import java.util.List;

/** The figures of a group's home page: how many members and partnerships, partnerships by instrument and theme. */
public record GroupFigures(int members, long partnerships, List<Count> byInstrument, List<Count> byTheme) {

	/** One bar of a chart, with its label already in the reader's language. */
	public record Count(String key, String label, long count) {
	}

}
