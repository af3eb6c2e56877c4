/**
 * The consultation of a seminar cycle's members (issue 10, point 3): {@link
 * org.passerelle.programme.consultation.ConsultationManagement} opens it with a closing time, takes one answer per
 * local authority until then (ranking of the seminars' themes, willing to host, unavailable), tells the consulted
 * organizations by mail through the outbox, and computes the results. Published as the named interface
 * {@code programme :: consultation} for the demo data, which records the 2021 consultation through it.
 */
@org.springframework.modulith.NamedInterface("consultation")
package org.passerelle.programme.consultation;
