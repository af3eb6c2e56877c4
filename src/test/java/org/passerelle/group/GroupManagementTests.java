package org.passerelle.group;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.Directory;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The groups readers get are kept until the data changes: a change through the module is seen at the next read, one
 * made through another connection once PostgreSQL has told, and a write that fails leaves what readers get alone.
 */
@IntegrationTest
class GroupManagementTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	Directory directory;

	@Autowired
	DataSource dataSource;

	GroupFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new GroupFixture(groups, directory);
	}

	@AfterEach
	void archiveTheGroupsMade() {
		fixture.archiveCreated();
	}

	@Test
	void aChangeIsSeenAtTheNextRead() {
		String code = "cache-" + TestData.unique();
		assertKept(groups::activeGroups);

		CountryGroup made = fixture.group(code);
		assertThat(groups.activeGroups()).extracting(CountryGroup::getCode).contains(code);
		assertThat(groups.get(made.getId()).getName().fr()).isEqualTo("Groupe-pays " + code);

		groups.update(made.getId(), renamed(groups.get(made.getId()), "Groupe renommé " + code));
		assertThat(groups.get(made.getId()).getName().fr()).isEqualTo("Groupe renommé " + code);
		assertThat(groups.activeGroups()).filteredOn(group -> group.getCode().equals(code))
			.extracting(group -> group.getName().fr())
			.containsExactly("Groupe renommé " + code);

		groups.archive(made.getId());
		assertThat(groups.activeGroups()).extracting(CountryGroup::getCode).doesNotContain(code);
		assertThat(groups.get(made.getId()).isArchived()).isTrue();
	}

	@Test
	void aStaleWriteLeavesTheGroupReadersGetAsItWas() {
		String code = "stale-" + TestData.unique();
		CountryGroup made = fixture.group(code);
		CountryGroup read = groups.get(made.getId());
		groups.update(made.getId(), renamed(read, "Groupe changé entre-temps " + code));

		assertThatThrownBy(() -> groups.update(made.getId(), renamed(read, "Groupe périmé " + code)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(groups.get(made.getId()).getName().fr()).isEqualTo("Groupe changé entre-temps " + code);
		assertThat(read.getName().fr()).isEqualTo("Groupe-pays " + code);
	}

	@Test
	void aChangeMadeThroughAnotherConnectionIsSeenOnceHeard() throws Exception {
		String code = "other-" + TestData.unique();
		CountryGroup made = fixture.group(code);
		assertThat(groups.get(made.getId()).getName().fr()).isEqualTo("Groupe-pays " + code);
		assertKept(() -> groups.get(made.getId()));

		// as another instance would: its own connection and commit, no transaction of this application
		try (Connection other = dataSource.getConnection();
				PreparedStatement rename = other.prepareStatement("update country_group set name_fr = ? where id = ?")) {
			other.setAutoCommit(true);
			rename.setString(1, "Renommé ailleurs " + code);
			rename.setLong(2, made.getId());
			assertThat(rename.executeUpdate()).isEqualTo(1);
		}

		// PostgreSQL's notification arrives a moment after the commit
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!groups.get(made.getId()).getName().fr().startsWith("Renommé") && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(groups.get(made.getId()).getName().fr()).isEqualTo("Renommé ailleurs " + code);
		assertThat(groups.activeGroups()).filteredOn(group -> group.getCode().equals(code))
			.extracting(group -> group.getName().fr())
			.containsExactly("Renommé ailleurs " + code);
	}

	/**
	 * Two reads in a row give the same instance: it was kept. A commit in between (another test context's background
	 * work, heard from PostgreSQL) would start a new generation, so a few tries are allowed.
	 */
	private static void assertKept(Supplier<?> read) {
		for (int attempt = 0; attempt < 20; attempt++) {
			if (read.get() == read.get()) {
				return;
			}
		}
		throw new AssertionError("read again rather than kept");
	}

	private static GroupForm renamed(CountryGroup group, String nameFr) {
		GroupForm form = GroupForm.of(group);
		return new GroupForm(form.code(), form.partnerCountry(), nameFr, form.nameKo(), form.nameEn(),
				form.chairOrganizationId(), form.chairPersonId(), form.chairSince(), form.hashtags(), form.memberships(),
				form.version());
	}

}
