package org.passerelle.programme.panel;

import org.passerelle.directory.AuthorityLevel;

/**
 * The levels a panel's two hosts of one country should differ in. France: région, département, EPCI, commune, each its
 * own. Korea: 도 (provinces, 특별자치도 with them), the upper-level cities (특별시, 광역시, 특별자치시), and the basic
 * authorities (시, 군, 구) together. Shown on the panels' page ({@code programme.panel.level.<name>}).
 */
public enum LevelGroup {

	REGION, DEPARTMENT, INTERCOMMUNALITY, MUNICIPALITY, PROVINCE, METROPOLITAN_CITY, CITY_COUNTY_DISTRICT,
	/** An institution or an authority whose level is not recorded: alike only to itself. */
	OTHER;

	public static LevelGroup of(AuthorityLevel level) {
		if (level == null) {
			return OTHER;
		}
		return switch (level) {
			case FR_REGION -> REGION;
			case FR_DEPARTMENT -> DEPARTMENT;
			case FR_INTERCOMMUNALITY -> INTERCOMMUNALITY;
			case FR_MUNICIPALITY -> MUNICIPALITY;
			case KR_PROVINCE, KR_SPECIAL_SELF_GOVERNING_PROVINCE -> PROVINCE;
			case KR_SPECIAL_CITY, KR_METROPOLITAN_CITY, KR_SPECIAL_SELF_GOVERNING_CITY -> METROPOLITAN_CITY;
			case KR_CITY, KR_COUNTY, KR_DISTRICT -> CITY_COUNTY_DISTRICT;
		};
	}

}
