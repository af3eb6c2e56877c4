package org.passerelle.programme.cycle;

import java.time.Instant;

import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.panel.PanelWeights;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A group's cycle of seminars for one year, with the weights its panels are solved with and whether its panels are
 * confirmed. The seminars are aggregates of their own ({@link Seminar}): answers and meetings refer to their ids.
 */
@Table("seminar_cycle")
public class SeminarCycle {

	@Id
	private Long id;

	@Version
	private Long version;

	private long groupId;

	private int year;

	private int weightHostsOnce;

	private int weightDifferentLevels;

	private int weightDifferentSizes;

	private int weightInterest;

	private Instant panelsConfirmedAt;

	private Instant createdAt;

	private Instant updatedAt;

	SeminarCycle() {
	}

	static SeminarCycle open(long groupId, int year, Instant now) {
		SeminarCycle cycle = new SeminarCycle();
		cycle.groupId = groupId;
		cycle.year = year;
		cycle.changeWeights(PanelWeights.DEFAULT);
		cycle.createdAt = now;
		cycle.updatedAt = now;
		return cycle;
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public long getGroupId() {
		return groupId;
	}

	public int getYear() {
		return year;
	}

	public PanelWeights weights() {
		return new PanelWeights(weightHostsOnce, weightDifferentLevels, weightDifferentSizes, weightInterest);
	}

	/** The coordinator's weights for the soft rules; refused once the panels are confirmed. */
	public void changeWeights(PanelWeights weights) {
		requirePanelsOpen("changeWeights");
		this.weightHostsOnce = bounded(weights.hostsOnce());
		this.weightDifferentLevels = bounded(weights.differentLevels());
		this.weightDifferentSizes = bounded(weights.differentSizes());
		this.weightInterest = bounded(weights.interest());
	}

	/** The largest weight a rule may have (the table's check says the same). */
	public static final int MAX_WEIGHT = 100_000;

	private static int bounded(long weight) {
		if (weight > MAX_WEIGHT) {
			throw new ProgrammeRuleException("programme.panel.weightTooLarge",
					"A rule's weight cannot exceed " + MAX_WEIGHT, MAX_WEIGHT);
		}
		return (int) weight;
	}

	public Instant getPanelsConfirmedAt() {
		return panelsConfirmedAt;
	}

	public boolean panelsConfirmed() {
		return panelsConfirmedAt != null;
	}

	/** Once: the seminars' hosts are then recorded and the hosts told. */
	public void confirmPanels(Instant now) {
		requirePanelsOpen("confirmPanels");
		panelsConfirmedAt = now;
		updatedAt = now;
	}

	/** Solving, locking and weights change panels, which confirmed ones must not. */
	public void requirePanelsOpen(String action) {
		if (panelsConfirmedAt != null) {
			throw new ProgrammeRuleException("programme.cycle.panelsConfirmed",
					"The panels of this cycle are confirmed: cannot " + action);
		}
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	void touch(Instant now) {
		updatedAt = now;
	}

}
