package org.passerelle.group;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.passerelle.directory.Directory;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Country groups: reading for every module, and the checked writes of pages, API and demo data. The groups are read
 * on nearly every page (the home page, the meetings, the organization page) and seldom change: what is read is kept
 * until the data changes ({@link DataCache}); the writes load the group they change afresh.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class GroupManagement {

	private final CountryGroups groups;

	private final Directory directory;

	private final PeopleDirectory people;

	private final Clock clock;

	private final DataCache<Object, List<CountryGroup>> active;

	private final DataCache<Long, CountryGroup> byId;

	GroupManagement(CountryGroups groups, Directory directory, PeopleDirectory people, Clock clock,
			DataGeneration generation) {
		this.groups = groups;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
		this.active = DataCache.single(generation);
		this.byId = new DataCache<>(generation);
	}

	/** The groups not archived, by code. */
	public List<CountryGroup> activeGroups() {
		return active.get(() -> List.copyOf(groups.findByArchivedFalseOrderByCode()));
	}

	public Optional<CountryGroup> find(long id) {
		return Optional.ofNullable(byId.get(id, key -> groups.findById(key).orElse(null)));
	}

	public CountryGroup get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("group", id));
	}

	/** Groups an organization takes part in, for its page. */
	public List<CountryGroup> groupsOf(long organizationId) {
		return activeGroups().stream().filter(group -> group.memberOrganizationIds().contains(organizationId)).toList();
	}

	@Transactional
	public CountryGroup create(GroupForm form) {
		if (groups.findByCode(form.code()).isPresent()) {
			throw new InvalidFieldException("code", "group.codeTaken", "a group with this code exists");
		}
		CountryGroup group = new CountryGroup();
		apply(form, group);
		return save(group);
	}

	@Transactional
	public CountryGroup update(long id, GroupForm form) {
		CountryGroup group = load(id);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "validation.versionRequired", "version is required to update");
		}
		groups.findByCode(form.code())
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> {
				throw new InvalidFieldException("code", "group.codeTaken", "a group with this code exists");
			});
		group.setVersion(form.version());
		apply(form, group);
		return save(group);
	}

	@Transactional
	public void archive(long id) {
		CountryGroup group = load(id);
		group.archive();
		save(group);
	}

	/** The stored group, never the one kept for readers: a write changes it. */
	private CountryGroup load(long id) {
		return groups.findById(id).orElseThrow(() -> new NotFoundException("group", id));
	}

	private CountryGroup save(CountryGroup group) {
		group.touch(clock.instant());
		return groups.save(group);
	}

	private void apply(GroupForm form, CountryGroup group) {
		List<GroupMembership> memberships = form.memberships()
			.stream()
			.filter(row -> row.organizationId() != null)
			.map(row -> new GroupMembership(row.organizationId(), row.role()))
			.toList();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < memberships.size(); i++) {
			Long organizationId = memberships.get(i).organizationId();
			if (directory.findOrganization(organizationId).isEmpty()) {
				throw new InvalidFieldException("memberships[" + i + "].organizationId", "group.organizationUnknown",
						"no organization with that id");
			}
			if (!seen.add(organizationId)) {
				throw new InvalidFieldException("memberships[" + i + "].organizationId", "group.memberTwice",
						"an organization is listed twice");
			}
		}
		if (form.chairOrganizationId() != null && directory.findOrganization(form.chairOrganizationId()).isEmpty()) {
			throw new InvalidFieldException("chairOrganizationId", "group.organizationUnknown",
					"no organization with that id");
		}
		if (form.chairPersonId() != null && people.findPerson(form.chairPersonId()).isEmpty()) {
			throw new InvalidFieldException("chairPersonId", "group.personUnknown", "no person with that id");
		}
		group.setCode(form.code().strip());
		group.setPartnerCountry(form.partnerCountry());
		group.setName(form.nameFr().strip(), form.nameKo().strip(), form.nameEn().strip());
		group.setChair(form.chairOrganizationId(), form.chairPersonId(), PartialDate.parseOrNull(form.chairSince()));
		group.setHashtags(form.hashtags() == null ? List.of() : List.of(form.hashtags().split("[\\s,]+")));
		group.setMemberships(memberships);
	}

}
