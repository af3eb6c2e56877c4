/**
 * The directory: local authorities and institutions of every country, the people who work there and their
 * affiliations, and the reference divisions (French and Korean local governments with official
 * population). Upstream of every other feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = { "shared", "shared :: web", "shared :: security" })
package org.passerelle.directory;
