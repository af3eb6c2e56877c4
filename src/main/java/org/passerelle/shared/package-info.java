/**
 * Pieces every feature uses and that depend on no feature: partial dates, localized names, not-found
 * errors (base package); web layout helpers ({@code web}), security ({@code security}) and the
 * database set-up ({@code database}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.passerelle.shared;
