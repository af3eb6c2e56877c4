/**
 * Partnerships between local authorities of different countries (twinnings, friendship agreements, MoUs,
 * letters of intent, exchanges), the managed list of themes they work on, and activities (사업) carried out
 * within a partnership or by one organization. Reads organizations only through the directory's public API
 * and contributes a section to the organization page through {@code OrganizationPanel}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships",
		allowedDependencies = { "directory", "shared", "shared :: web", "shared :: security" })
package org.passerelle.partnership;
