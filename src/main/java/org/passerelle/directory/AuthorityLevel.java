package org.passerelle.directory;

/**
 * Levels of local government, per country. Korea's first-level divisions (광역자치단체) are the peers of
 * French regions; 시, 군, 구 (기초자치단체) of French municipalities.
 */
public enum AuthorityLevel {

	FR_REGION("FR", 1), FR_DEPARTMENT("FR", 2), FR_INTERCOMMUNALITY("FR", 3), FR_MUNICIPALITY("FR", 4),
	KR_SPECIAL_CITY("KR", 1), KR_METROPOLITAN_CITY("KR", 1), KR_SPECIAL_SELF_GOVERNING_CITY("KR", 1),
	KR_PROVINCE("KR", 1), KR_SPECIAL_SELF_GOVERNING_PROVINCE("KR", 1), KR_CITY("KR", 2), KR_COUNTY("KR", 2),
	KR_DISTRICT("KR", 2);

	private final String country;

	private final int tier;

	AuthorityLevel(String country, int tier) {
		this.country = country;
		this.tier = tier;
	}

	public String country() {
		return country;
	}

	/** 1 for the widest level of a country; larger is closer to the citizen. */
	public int tier() {
		return tier;
	}

	public static java.util.List<AuthorityLevel> of(String country) {
		return java.util.Arrays.stream(values()).filter(level -> level.country.equals(country)).toList();
	}

}
