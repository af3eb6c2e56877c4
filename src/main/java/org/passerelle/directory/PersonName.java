package org.passerelle.directory;

/** A person's id and names, for modules that compare names (the minutes importer); no contact details. */
public record PersonName(long id, String givenName, String familyName) {

}
