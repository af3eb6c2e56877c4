package org.passerelle.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.shared.TextNormalizer;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone who works with the group. Contact details are personal data: pages and the API show them to
 * signed-in users only.
 */
@Table("person")
public class Person {

	@Id
	private Long id;

	@Version
	private Long version;

	private String givenName;

	private String familyName;

	private String honorific;

	private String email;

	private String phone;

	private String note;

	private String searchText;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "person_id", keyColumn = "position")
	private List<Affiliation> affiliations = new ArrayList<>();

	/**
	 * A stored person with its affiliations, as {@link PeopleDirectory} reads lists of people: their rows, then the
	 * affiliations of all of them in one statement (loading the aggregates reads them one person at a time).
	 */
	static Person stored(long id, long version, String givenName, String familyName, String honorific, String email,
			String phone, String note, String searchText, boolean archived, Instant createdAt, Instant updatedAt,
			List<Affiliation> affiliations) {
		Person person = new Person();
		person.id = id;
		person.version = version;
		person.givenName = givenName;
		person.familyName = familyName;
		person.honorific = honorific;
		person.email = email;
		person.phone = phone;
		person.note = note;
		person.searchText = searchText;
		person.archived = archived;
		person.createdAt = createdAt;
		person.updatedAt = updatedAt;
		person.affiliations = new ArrayList<>(affiliations);
		return person;
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	void setVersion(Long version) {
		this.version = version;
	}

	public String getGivenName() {
		return givenName;
	}

	void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getHonorific() {
		return honorific;
	}

	void setHonorific(String honorific) {
		this.honorific = honorific;
	}

	public String getEmail() {
		return email;
	}

	void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	void setPhone(String phone) {
		this.phone = phone;
	}

	public String getNote() {
		return note;
	}

	void setNote(String note) {
		this.note = note;
	}

	public boolean isArchived() {
		return archived;
	}

	void archive() {
		this.archived = true;
	}

	public List<Affiliation> getAffiliations() {
		return List.copyOf(affiliations);
	}

	void setAffiliations(List<Affiliation> affiliations) {
		this.affiliations = new ArrayList<>(affiliations);
	}

	/** The organizations the person is affiliated with: who may edit the person depends on them. */
	List<Long> organizationIds() {
		return affiliations.stream().map(Affiliation::organizationId).toList();
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** "Claire Guichard"; Korean names written in Hangul put the family name first, without a space (김현진). */
	public String getDisplayName() {
		return displayName(givenName, familyName);
	}

	static String displayName(String givenName, String familyName) {
		if (isHangul(familyName) && isHangul(givenName)) {
			return familyName + givenName;
		}
		return (givenName + " " + familyName).strip();
	}

	private static boolean isHangul(String text) {
		return text != null && !text.isBlank()
				&& text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

	void touch(Instant now) {
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
		searchText = TextNormalizer.fold(givenName + " " + familyName + " | " + familyName + " " + givenName);
	}

}
