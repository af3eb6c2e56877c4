package org.passerelle.programme.roadmap;

/** What a row of the roadmap is: an axis holds actions, an action milestones. */
public enum ElementKind {

	AXIS, ACTION, MILESTONE

}
