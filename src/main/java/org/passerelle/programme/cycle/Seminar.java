package org.passerelle.programme.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One seminar of a cycle: a theme, a title per language, a target period, a duration, a format, its hosts and where
 * it stands ({@link SeminarStatus}). Its panel changes only while it is PLANNED; confirming it needs the
 * {@value #HOSTS_PER_COUNTRY} hosts per country the group's rule asks (the service, which knows each host's country,
 * passes the counts).
 */
@Table("seminar")
public class Seminar {

	/** Two French and two Korean authorities host each seminar (the minutes' rule). */
	public static final int HOSTS_PER_COUNTRY = 2;

	@Id
	private Long id;

	@Version
	private Long version;

	private long cycleId;

	private int position;

	private String themeCode;

	private String title;

	private String titleLanguage;

	private String titleFr;

	private String titleKo;

	private String titleEn;

	private PartialDate targetPeriod;

	private int durationMinutes;

	private SeminarFormat format;

	private SeminarStatus status;

	private Long meetingId;

	@MappedCollection(idColumn = "seminar_id", keyColumn = "position")
	private List<SeminarHost> hosts = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	Seminar() {
	}

	static Seminar plan(long cycleId, int position, Instant now) {
		Seminar seminar = new Seminar();
		seminar.cycleId = cycleId;
		seminar.position = position;
		seminar.status = SeminarStatus.PLANNED;
		seminar.format = SeminarFormat.ONLINE;
		seminar.durationMinutes = 90;
		seminar.createdAt = now;
		seminar.updatedAt = now;
		return seminar;
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public long getCycleId() {
		return cycleId;
	}

	public int getPosition() {
		return position;
	}

	public String getThemeCode() {
		return themeCode;
	}

	public LocalizedText getTitle() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	public PartialDate getTargetPeriod() {
		return targetPeriod;
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public SeminarFormat getFormat() {
		return format;
	}

	public SeminarStatus getStatus() {
		return status;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public List<SeminarHost> getHosts() {
		return List.copyOf(hosts);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** Theme, title, period, duration and format; refused once held or cancelled. */
	void describe(String themeCode, LocalizedText title, PartialDate targetPeriod, int durationMinutes,
			SeminarFormat format, Instant now) {
		if (status == SeminarStatus.HELD || status == SeminarStatus.CANCELLED) {
			throw refused("describe");
		}
		this.themeCode = themeCode;
		this.title = title.original();
		this.titleLanguage = title.language();
		this.titleFr = title.fr();
		this.titleKo = title.ko();
		this.titleEn = title.en();
		this.targetPeriod = targetPeriod;
		this.durationMinutes = durationMinutes;
		this.format = format == null ? SeminarFormat.ONLINE : format;
		this.updatedAt = now;
	}

	/** The organizations locked on the panel by a coordinator: they stay when the panels are solved again. */
	public Set<Long> lockedHosts() {
		return hosts.stream().filter(SeminarHost::locked).map(SeminarHost::organizationId)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/**
	 * Locks exactly these organizations (a coordinator's choice, which replaces the previous one): they become
	 * hosts if they were not; unlocked hosts stay as proposed until the next solve.
	 */
	public void lockHosts(Collection<Long> organizationIds, Instant now) {
		requirePanelOpen("lockHosts");
		Set<Long> locks = new java.util.LinkedHashSet<>(organizationIds);
		List<SeminarHost> next = new ArrayList<>();
		for (Long organizationId : locks) {
			next.add(new SeminarHost(organizationId, true));
		}
		for (SeminarHost host : hosts) {
			if (!locks.contains(host.organizationId())) {
				next.add(new SeminarHost(host.organizationId(), false));
			}
		}
		hosts = next;
		updatedAt = now;
	}

	/** The solver's proposal: the locked hosts stay, the others are replaced by {@code proposed}. */
	public void proposeHosts(Collection<Long> proposed, Instant now) {
		requirePanelOpen("proposeHosts");
		Set<Long> locks = lockedHosts();
		List<SeminarHost> next = new ArrayList<>();
		locks.forEach(organizationId -> next.add(new SeminarHost(organizationId, true)));
		proposed.stream().distinct().filter(organizationId -> !locks.contains(organizationId))
			.forEach(organizationId -> next.add(new SeminarHost(organizationId, false)));
		hosts = next;
		updatedAt = now;
	}

	/**
	 * PLANNED → PANEL_CONFIRMED, with {@code frenchHosts} and {@code partnerHosts} counted by the caller among
	 * {@link #getHosts()}: exactly {@value #HOSTS_PER_COUNTRY} of each.
	 */
	public void confirmPanel(int frenchHosts, int partnerHosts, Instant now) {
		requirePanelOpen("confirmPanel");
		if (frenchHosts != HOSTS_PER_COUNTRY || partnerHosts != HOSTS_PER_COUNTRY
				|| hosts.size() != 2 * HOSTS_PER_COUNTRY) {
			throw new ProgrammeRuleException("programme.seminar.panelIncomplete",
					"A panel needs " + HOSTS_PER_COUNTRY + " hosts of each country", HOSTS_PER_COUNTRY, frenchHosts,
					partnerHosts);
		}
		status = SeminarStatus.PANEL_CONFIRMED;
		updatedAt = now;
	}

	/** PANEL_CONFIRMED → SCHEDULED: the seminar is now this meeting of the group. */
	public void schedule(long meetingId, Instant now) {
		if (status != SeminarStatus.PANEL_CONFIRMED) {
			throw refused("schedule");
		}
		this.meetingId = meetingId;
		status = SeminarStatus.SCHEDULED;
		updatedAt = now;
	}

	/** SCHEDULED → HELD. */
	public void markHeld(Instant now) {
		if (status != SeminarStatus.SCHEDULED) {
			throw refused("markHeld");
		}
		status = SeminarStatus.HELD;
		updatedAt = now;
	}

	public void cancel(Instant now) {
		if (status == SeminarStatus.HELD || status == SeminarStatus.CANCELLED) {
			throw refused("cancel");
		}
		status = SeminarStatus.CANCELLED;
		updatedAt = now;
	}

	private void requirePanelOpen(String action) {
		if (status != SeminarStatus.PLANNED) {
			throw refused(action);
		}
	}

	private ProgrammeRuleException refused(String action) {
		return new ProgrammeRuleException("programme.seminar.transitionRefused",
				"A seminar " + status + " cannot " + action, status.name());
	}

}
