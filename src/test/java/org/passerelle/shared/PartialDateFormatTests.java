package org.passerelle.shared;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDateFormatTests {

	private static final Locale FR = Locale.FRENCH;

	private static final Locale KO = Locale.KOREAN;

	private static final Locale EN = Locale.ENGLISH;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2019       | fr | 2019
			2019       | ko | 2019년
			2019       | en | 2019
			2019-07    | fr | juillet 2019
			2019-07    | ko | 2019년 7월
			2019-07    | en | July 2019
			2019-12    | ko | 2019년 12월
			2021-05-29 | fr | 29 mai 2021
			2021-05-29 | ko | 2021년 5월 29일
			2021-05-29 | en | May 29, 2021
			2005/2006  | fr | 2005–2006
			2005/2006  | ko | 2005년–2006년
			2005/2006  | en | 2005–2006
			2019-07/2020-03 | fr | juillet 2019–mars 2020
			2019-07/2020-03 | en | July 2019–March 2020
			""")
	void eachPrecisionIsWrittenAsReadersOfTheLanguageWriteIt(String date, String language, String expected) {
		assertThat(PartialDateFormat.format(PartialDate.parse(date), Locale.forLanguageTag(language)))
			.isEqualTo(expected);
	}

	@Test
	void aRegionalVariantWritesLikeItsLanguage() {
		assertThat(PartialDateFormat.format(PartialDate.parse("2019-07"), Locale.CANADA_FRENCH)).isEqualTo("juillet 2019");
		assertThat(PartialDateFormat.format(PartialDate.parse("2019-07"), Locale.KOREA)).isEqualTo("2019년 7월");
		assertThat(PartialDateFormat.format(PartialDate.parse("2019-07"), Locale.US)).isEqualTo("July 2019");
	}

	@Test
	void rangesAreJoinedByAnEnDash() {
		assertThat(PartialDateFormat.format(PartialDate.parse("2005/2006"), EN)).contains("\u2013").doesNotContain("-");
	}

	@Test
	void nothingIsWrittenForNoDate() {
		assertThat(PartialDateFormat.format(null, FR)).isEmpty();
		assertThat(PartialDateFormat.format(null, KO)).isEmpty();
	}

}
