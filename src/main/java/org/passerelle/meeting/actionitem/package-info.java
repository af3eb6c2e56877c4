/**
 * Action items: what a meeting asked an organization to do, by when, and where it stands (OPEN, IN_PROGRESS, DONE,
 * CANCELLED). {@link org.passerelle.meeting.actionitem.ActionItemManagement} is the entry point; coordinators create
 * and edit items, the owner organization's members move their status (pages and {@code /api/v1/action-items}).
 * Contributes an organization's open items to its page ({@code OrganizationActionItemPanel}, an
 * {@code OrganizationPanel}).
 * <p>
 * Published to other modules as the named interface {@code meeting :: actionitem}: the demo data creates the items
 * its minutes decided.
 */
@org.springframework.modulith.NamedInterface("actionitem")
package org.passerelle.meeting.actionitem;
