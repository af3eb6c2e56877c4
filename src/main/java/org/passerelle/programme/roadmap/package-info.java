/**
 * The group's roadmap for a year: axes → actions → milestones, each step with a period (a partial date), an owner
 * organization, a status (PLANNED, ONGOING, DONE, POSTPONED, CANCELLED, moved only by the transitions
 * {@link org.passerelle.programme.roadmap.RoadmapStatus} allows) and links by id to partnership activities and
 * meeting action items. {@link org.passerelle.programme.roadmap.RoadmapManagement} is the entry point; coordinators
 * write, everyone reads ({@code /groups/{id}/roadmaps/{year}}, {@code /api/v1/groups/{id}/roadmaps/{year}}).
 * <p>
 * Published as the named interface {@code programme :: roadmap}: the demo data records the 2021 roadmap.
 */
@org.springframework.modulith.NamedInterface("roadmap")
package org.passerelle.programme.roadmap;
