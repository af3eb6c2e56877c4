package org.passerelle.group;

import org.springframework.data.relational.core.mapping.Table;

/** An organization's place in a group. */
@Table("group_membership")
public record GroupMembership(Long organizationId, GroupRole role) {
}
