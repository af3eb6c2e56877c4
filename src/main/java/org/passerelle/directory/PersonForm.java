package org.passerelle.directory;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.MailAddress;
import org.passerelle.shared.ValidPartialDate;

/** What a user may set on a person, from the form or the API; rows without an organization are ignored. */
public record PersonForm(@NotBlank @Size(max = 100) String givenName, @NotBlank @Size(max = 100) String familyName,
		@Size(max = 50) String honorific, @MailAddress @Size(max = 200) String email, @Size(max = 50) String phone,
		@Size(max = 5000) String note, @Valid List<AffiliationForm> affiliations, Long version) {

	public PersonForm {
		affiliations = affiliations == null ? new ArrayList<>() : new ArrayList<>(affiliations);
	}

	/** One affiliation row. */
	public record AffiliationForm(Long organizationId, @Size(max = 300) String title, @ValidPartialDate String since,
			@ValidPartialDate String until) {

		boolean isBlank() {
			return organizationId == null;
		}

	}

	static PersonForm empty(Long organizationId) {
		List<AffiliationForm> rows = new ArrayList<>();
		rows.add(new AffiliationForm(organizationId, null, null, null));
		return new PersonForm(null, null, null, null, null, null, rows, null);
	}

	static PersonForm of(Person person) {
		List<AffiliationForm> rows = person.getAffiliations()
			.stream()
			.map(a -> new AffiliationForm(a.organizationId(), a.title(), a.since() == null ? null : a.since().toString(),
					a.until() == null ? null : a.until().toString()))
			.toList();
		return new PersonForm(person.getGivenName(), person.getFamilyName(), person.getHonorific(), person.getEmail(),
				person.getPhone(), person.getNote(), rows, person.getVersion());
	}

	/** The same form with blank rows added, so the page always offers a free row. */
	PersonForm withFreeRows(int count) {
		List<AffiliationForm> rows = new ArrayList<>(affiliations.stream().filter(row -> !row.isBlank()).toList());
		for (int i = 0; i < count; i++) {
			rows.add(new AffiliationForm(null, null, null, null));
		}
		return new PersonForm(givenName, familyName, honorific, email, phone, note, rows, version);
	}

	List<Long> organizationIds() {
		return affiliations.stream().filter(row -> !row.isBlank()).map(AffiliationForm::organizationId).toList();
	}

}
