package org.passerelle.shared.database;

import java.util.List;

import org.passerelle.shared.PartialDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

/** Stores {@link PartialDate} as its EDTF text, so the database holds what the API shows. */
@Configuration(proxyBeanMethods = false)
class JdbcConversionConfiguration {

	@Bean
	JdbcCustomConversions jdbcCustomConversions() {
		return new JdbcCustomConversions(List.of(new PartialDateToString(), new StringToPartialDate()));
	}

	@WritingConverter
	static class PartialDateToString implements Converter<PartialDate, String> {

		@Override
		public String convert(PartialDate source) {
			return source.toString();
		}

	}

	@ReadingConverter
	static class StringToPartialDate implements Converter<String, PartialDate> {

		@Override
		public PartialDate convert(String source) {
			return PartialDate.parse(source);
		}

	}

}
