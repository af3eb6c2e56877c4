package org.passerelle.programme.cycle;

import org.springframework.data.relational.core.mapping.Table;

/** An organization on a seminar's panel; a locked one stays when the panels are solved again. */
@Table("seminar_host")
public record SeminarHost(long organizationId, boolean locked) {
}
