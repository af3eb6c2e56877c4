package org.passerelle.meeting.minutes;

import jakarta.validation.constraints.Size;

/** One decision of the meeting (relevé de décisions), as a sentence; a blank row is ignored. */
public record DecisionForm(@Size(max = 2000) String text) {

	boolean isBlank() {
		return text == null || text.isBlank();
	}

}
