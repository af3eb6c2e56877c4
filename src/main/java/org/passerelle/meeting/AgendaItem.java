package org.passerelle.meeting;

import org.springframework.data.relational.core.mapping.Table;

/** A point of the agenda (안건): its title, who presents it (an organization or a person), how long it is planned for. */
@Table("agenda_item")
public record AgendaItem(String title, Long presenterOrganizationId, Long presenterPersonId, Integer durationMinutes) {
}
