/**
 * A group's seminar cycle of a year: its seminars in order (theme, title per language, target period, duration,
 * format, status, hosts, the meeting it became), {@link org.passerelle.programme.cycle.CycleManagement} to open cycles
 * and describe seminars, the pages {@code /groups/{groupId}/cycles} and {@code /cycles/{id}}, the API under
 * {@code /api/v1/groups/{groupId}/cycles}, {@code /api/v1/cycles} and {@code /api/v1/seminars}, and the group home's
 * section on the current cycle.
 * <p>
 * Published as the named interface {@code programme :: cycle}: the demo data records its cycle through
 * {@code CycleManagement}.
 */
@org.springframework.modulith.NamedInterface("cycle")
package org.passerelle.programme.cycle;
