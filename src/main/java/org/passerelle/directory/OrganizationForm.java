package org.passerelle.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedName;
import org.passerelle.shared.MailAddress;

/**
 * What a user may set on an organization, from the form or the API. {@code version} is the one read before
 * editing: a stale one is refused rather than overwriting someone else's change.
 */
public record OrganizationForm(@NotNull OrganizationKind kind, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
		AuthorityLevel level, InstitutionType institutionType, @Size(max = 20) String officialCode, Long parentId,
		@NotBlank @Size(max = 200) String nameNative, @Size(max = 200) String nameFr, @Size(max = 200) String nameKo,
		@Size(max = 200) String nameEn, @PositiveOrZero Integer population, @Min(1800) @Max(2100) Integer populationYear,
		@Size(max = 300) String populationSource, @Size(max = 300) String website, @MailAddress @Size(max = 200) String email,
		@Size(max = 50) String phone, @Size(max = 500) String address, @Size(max = 5000) String note, Long version) {

	static OrganizationForm empty() {
		return new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, "FR", null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
	}

	static OrganizationForm of(Organization organization) {
		LocalizedName name = organization.getName();
		return new OrganizationForm(organization.getKind(), organization.getCountry(), organization.getLevel(),
				organization.getInstitutionType(), organization.getOfficialCode(), organization.getParentId(),
				name.nativeName(), name.fr(), name.ko(), name.en(), organization.getPopulation(),
				organization.getPopulationYear(), organization.getPopulationSource(), organization.getWebsite(),
				organization.getEmail(), organization.getPhone(), organization.getAddress(), organization.getNote(),
				organization.getVersion());
	}

}
