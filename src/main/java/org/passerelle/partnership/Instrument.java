package org.passerelle.partnership;

/**
 * What ties the parties of a partnership, strongest first. Korean practice distinguishes 자매결연 (sister
 * cities) from 우호협력 (friendship cities): they are distinct values.
 */
public enum Instrument {

	/** Jumelage, 자매결연. */
	TWINNING,
	/** Pacte d'amitié, 우호협력. */
	FRIENDSHIP,
	/** Protocole d'accord, 양해각서 (MOU). */
	MOU,
	/** Lettre d'intention, 의향서. */
	LETTER_OF_INTENT,
	/** Relations without a signed instrument, 교류. */
	EXCHANGES,
	/** Officialised, but the sources do not say with which instrument. */
	UNSPECIFIED_AGREEMENT

}
