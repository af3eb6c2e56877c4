package org.passerelle.directory;

import java.time.Instant;

import org.passerelle.shared.LocalizedName;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A local authority (with its level, parent and population) or an institution (embassy, ministry,
 * association, agency), in any country.
 */
@Table("organization")
public class Organization {

	@Id
	private Long id;

	@Version
	private Long version;

	private OrganizationKind kind;

	private String country;

	private AuthorityLevel level;

	private InstitutionType institutionType;

	private String officialCode;

	private Long parentId;

	private String nameNative;

	private String nameFr;

	private String nameKo;

	private String nameEn;

	private Integer population;

	private Integer populationYear;

	private String populationSource;

	private String website;

	private String email;

	private String phone;

	private String address;

	private String note;

	private String searchText;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public OrganizationKind getKind() {
		return kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public AuthorityLevel getLevel() {
		return level;
	}

	public void setLevel(AuthorityLevel level) {
		this.level = level;
	}

	public InstitutionType getInstitutionType() {
		return institutionType;
	}

	public void setInstitutionType(InstitutionType institutionType) {
		this.institutionType = institutionType;
	}

	public String getOfficialCode() {
		return officialCode;
	}

	public void setOfficialCode(String officialCode) {
		this.officialCode = officialCode;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public LocalizedName getName() {
		return new LocalizedName(nameNative, nameFr, nameKo, nameEn);
	}

	public void setName(LocalizedName name) {
		this.nameNative = name.nativeName();
		this.nameFr = blankToNull(name.fr());
		this.nameKo = blankToNull(name.ko());
		this.nameEn = blankToNull(name.en());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Integer getPopulation() {
		return population;
	}

	public Integer getPopulationYear() {
		return populationYear;
	}

	public String getPopulationSource() {
		return populationSource;
	}

	/** Population is never shown without its year and source. */
	public void setPopulation(Integer population, Integer year, String source) {
		this.population = population;
		this.populationYear = population == null ? null : year;
		this.populationSource = population == null ? null : source;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isArchived() {
		return archived;
	}

	public void archive() {
		this.archived = true;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	void touch(Instant now) {
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
		LocalizedName names = getName();
		searchText = org.passerelle.shared.TextNormalizer.fold(String.join(" | ",
				java.util.Objects.requireNonNullElse(names.nativeName(), ""),
				java.util.Objects.requireNonNullElse(names.fr(), ""), java.util.Objects.requireNonNullElse(names.ko(), ""),
				java.util.Objects.requireNonNullElse(names.en(), ""), java.util.Objects.requireNonNullElse(officialCode, "")));
	}

	public boolean isLocalAuthority() {
		return kind == OrganizationKind.LOCAL_AUTHORITY;
	}

}
