package org.passerelle.partnership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.passerelle.directory.AuthorityLevel;
import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationForm;
import org.passerelle.directory.OrganizationKind;
import org.passerelle.support.TestData;

/**
 * Test data of the partnership module, created through the public APIs with names no other test (nor the demo
 * data) uses, so tests never depend on what else the database holds.
 */
public class PartnershipFixture {

	private final Directory directory;

	private final PartnershipRegistry partnerships;

	private final ActivityRegistry activities;

	public PartnershipFixture(Directory directory, PartnershipRegistry partnerships, ActivityRegistry activities) {
		this.directory = directory;
		this.partnerships = partnerships;
		this.activities = activities;
	}

	long frenchTown(String name) {
		return organization("FR", AuthorityLevel.FR_MUNICIPALITY, name, null);
	}

	long frenchRegion(String name) {
		return organization("FR", AuthorityLevel.FR_REGION, name, null);
	}

	public long koreanDistrict(String name) {
		return organization("KR", AuthorityLevel.KR_DISTRICT, name, null);
	}

	long koreanDistrict(String nativeName, String englishName) {
		return organization("KR", AuthorityLevel.KR_DISTRICT, nativeName, englishName);
	}

	long organization(String country, AuthorityLevel level, String nativeName, String englishName) {
		return directory
			.create(new OrganizationForm(OrganizationKind.LOCAL_AUTHORITY, country, level, null, null, null, nativeName,
					null, null, englishName, null, null, null, null, null, null, null, null, null))
			.id();
	}

	static PartnershipForm form(Instrument instrument, String started, List<Long> parties, String... themes) {
		return new PartnershipForm(new ArrayList<>(parties), instrument, PartnershipStatus.ACTIVE, started, null,
				Arrays.asList(themes), null, null);
	}

	public PartnershipView partnership(Instrument instrument, String started, long first, long second,
			String... themes) {
		return partnerships.create(form(instrument, started, List.of(first, second), themes));
	}

	/** A French town and a Korean district, twinned. */
	PartnershipView twinning(String... themes) {
		String token = TestData.unique();
		return partnership(Instrument.TWINNING, "2005/2006", frenchTown("Ville " + token),
				koreanDistrict("구 " + token), themes);
	}

	public ActivityView onPartnership(long partnershipId, String title, ActivityStatus status, String starts,
			String postponedTo) {
		return activities.create(
				new ActivityForm(partnershipId, null, title, null, starts, null, status, postponedTo, null));
	}

	ActivityView onOrganization(long organizationId, String title, ActivityStatus status, String starts) {
		return activities
			.create(new ActivityForm(null, organizationId, title, null, starts, starts, status, null, null));
	}

	/** Someone else's edit, saved after {@code read} was read: the activity's status changes, its version goes up. */
	ActivityView changedMeanwhile(ActivityView read, ActivityStatus status) {
		ActivityForm form = ActivityForm.of(read);
		return activities.update(read.id(), new ActivityForm(form.partnershipId(), form.organizationId(), form.title(),
				form.description(), form.starts(), form.ends(), status, null, read.version()));
	}

}
