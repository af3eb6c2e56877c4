package org.passerelle.directory;

/**
 * Someone to write to: a person of the directory or an organization, with its e-mail. Contact details are
 * personal data: show them only to signed-in users.
 *
 * @param personId the person's id; null for an organization's own address
 * @param organizationId the organization's id when the address is the organization's own; null for a person
 * @param name the person's or the organization's display name
 * @param email the address as recorded
 * @param country the country (ISO code) of the organization, or of the person's first affiliation; null when none:
 * the best hint the directory has of the language a mail should be read in
 */
public record Contact(Long personId, Long organizationId, String name, String email, String country) {

	/** Without a country. */
	public Contact(Long personId, Long organizationId, String name, String email) {
		this(personId, organizationId, name, email, null);
	}

}
