/**
 * The group's year (issue 10): the roadmap, the cycle of themed online seminars, the consultation of the members, the
 * seminars' host panels and time slots, and the presentation charter.
 * <p>
 * Where things are. {@code panel}: choosing each seminar's hosts, two per country, with a constraint solver
 * (Timefold): a pure pipeline, no database, that takes the candidates' answers and returns the panels, the score per
 * rule and, when no panel can satisfy the hard rules, which rule fails for which seminar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme", allowedDependencies = { "directory", "shared", "partnership", "group", "meeting",
		"meeting :: actionitem", "meeting :: minutes", "notification", "shared :: web", "shared :: security" })
package org.passerelle.programme;
