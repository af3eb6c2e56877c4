package org.passerelle.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.passerelle.shared.LocalizedName;
import org.passerelle.shared.PartialDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A working group of the association for one partner country. */
@Table("country_group")
public class CountryGroup {

	@Id
	private Long id;

	@Version
	private Long version;

	private String code;

	private String partnerCountry;

	private String nameFr;

	private String nameKo;

	private String nameEn;

	private Long chairOrganizationId;

	private Long chairPersonId;

	private PartialDate chairSince;

	/** Space-separated, each with its #. */
	private String hashtags;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "group_id", keyColumn = "position")
	private List<GroupMembership> memberships = new ArrayList<>();

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	void setVersion(Long version) {
		this.version = version;
	}

	public String getCode() {
		return code;
	}

	void setCode(String code) {
		this.code = code;
	}

	public String getPartnerCountry() {
		return partnerCountry;
	}

	void setPartnerCountry(String partnerCountry) {
		this.partnerCountry = partnerCountry;
	}

	/** The group's name; it has no "native" form of its own, the French one stands for it. */
	public LocalizedName getName() {
		return new LocalizedName(nameFr, nameFr, nameKo, nameEn);
	}

	void setName(String fr, String ko, String en) {
		this.nameFr = fr;
		this.nameKo = ko;
		this.nameEn = en;
	}

	public Long getChairOrganizationId() {
		return chairOrganizationId;
	}

	public Long getChairPersonId() {
		return chairPersonId;
	}

	public PartialDate getChairSince() {
		return chairSince;
	}

	void setChair(Long organizationId, Long personId, PartialDate since) {
		this.chairOrganizationId = organizationId;
		this.chairPersonId = personId;
		this.chairSince = since;
	}

	public List<String> getHashtags() {
		return hashtags == null || hashtags.isBlank() ? List.of() : Arrays.asList(hashtags.strip().split("\\s+"));
	}

	void setHashtags(List<String> tags) {
		this.hashtags = tags == null ? null
				: String.join(" ", tags.stream().map(String::strip).filter(t -> !t.isEmpty())
					.map(t -> t.startsWith("#") ? t : "#" + t).toList());
	}

	public boolean isArchived() {
		return archived;
	}

	void archive() {
		this.archived = true;
	}

	public List<GroupMembership> getMemberships() {
		return List.copyOf(memberships);
	}

	void setMemberships(List<GroupMembership> memberships) {
		this.memberships = new ArrayList<>(memberships);
	}

	public List<Long> memberOrganizationIds() {
		return memberships.stream().map(GroupMembership::organizationId).distinct().toList();
	}

	void touch(Instant now) {
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
	}

}
