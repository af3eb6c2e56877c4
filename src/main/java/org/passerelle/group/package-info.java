/**
 * Country groups: the Korea group and any later one — chair, member organizations and institutional
 * partners with their roles, and the group's home page (members, partnerships by instrument and theme,
 * latest activities).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Country groups")
package org.passerelle.group;
