package org.passerelle.programme.roadmap;

/** A status move {@link RoadmapStatus#next()} does not allow: 409 in the API, a message on the page. */
public class RoadmapTransitionException extends RuntimeException {

	public static final String MESSAGE_KEY = "programme.roadmap.transitionRefused";

	private final RoadmapStatus from;

	private final RoadmapStatus to;

	public RoadmapTransitionException(RoadmapStatus from, RoadmapStatus to) {
		super("A roadmap step cannot move from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public RoadmapStatus from() {
		return from;
	}

	public RoadmapStatus to() {
		return to;
	}

}
