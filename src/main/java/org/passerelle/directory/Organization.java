package org.passerelle.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.passerelle.shared.LocalizedName;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import static org.passerelle.shared.database.SqlColumns.instant;

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

	/**
	 * A stored organization from its row ({@code select * from organization}): {@link Directory} reads lists and pages
	 * of organizations with this, lighter than Spring Data JDBC's generic mapping. Every column, so that what is read
	 * this way may be changed and saved like an aggregate the repository loaded.
	 */
	static Organization read(ResultSet row) throws SQLException {
		Organization organization = new Organization();
		organization.id = row.getLong("id");
		organization.version = row.getLong("version");
		organization.kind = OrganizationKind.valueOf(row.getString("kind"));
		organization.country = row.getString("country");
		organization.level = row.getString("level") == null ? null : AuthorityLevel.valueOf(row.getString("level"));
		organization.institutionType = row.getString("institution_type") == null ? null
				: InstitutionType.valueOf(row.getString("institution_type"));
		organization.officialCode = row.getString("official_code");
		organization.parentId = row.getObject("parent_id", Long.class);
		organization.nameNative = row.getString("name_native");
		organization.nameFr = row.getString("name_fr");
		organization.nameKo = row.getString("name_ko");
		organization.nameEn = row.getString("name_en");
		organization.population = row.getObject("population", Integer.class);
		organization.populationYear = row.getObject("population_year", Integer.class);
		organization.populationSource = row.getString("population_source");
		organization.website = row.getString("website");
		organization.email = row.getString("email");
		organization.phone = row.getString("phone");
		organization.address = row.getString("address");
		organization.note = row.getString("note");
		organization.searchText = row.getString("search_text");
		organization.archived = row.getBoolean("archived");
		organization.createdAt = instant(row, "created_at");
		organization.updatedAt = instant(row, "updated_at");
		return organization;
	}

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
