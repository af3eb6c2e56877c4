package org.passerelle.shared.database;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The transaction manager that tells the {@link DataGeneration} about this instance's commits. */
@Configuration(proxyBeanMethods = false)
class DataChangeConfiguration {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource, DataGeneration generation) {
		return new DataChangeTransactionManager(dataSource, generation);
	}

}
