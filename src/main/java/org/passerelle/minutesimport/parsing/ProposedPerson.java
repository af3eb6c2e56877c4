package org.passerelle.minutesimport.parsing;

/** A person of the attendance, once however many lines name them. */
public record ProposedPerson(String personName, String honorific, String givenName, String familyName) {

}
