package org.passerelle.shared.security;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are kept in PostgreSQL by Spring Session JDBC (tables made by Flyway, {@code V13__shared_sessions.sql}),
 * so that every instance on the database knows every session. Two beans that Spring Session finds by name, neither
 * offered to anything else ({@code defaultCandidate = false}: Spring Boot's own {@code TransactionTemplate} and
 * conversion service stay as they are):
 * <ul>
 * <li>its transactions run on a plain JDBC transaction manager, not the application's, which moves the data
 * generation at every write commit: a session is written on every signed-in request, and that must not make every
 * instance's anonymous pages stale (the session tables have no data-change trigger either, see
 * {@code afterMigrate.sql});</li>
 * <li>a session attribute that cannot be read back (written by another version of Passerelle or of Spring
 * Security, whose classes have changed since) reads as absent: its user is signed out, rather than every request of
 * that session failing until it expires.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SessionStoreConfiguration.class);

	/**
	 * The store Spring Session makes, wrapped to write a session's last access once a minute rather than on every
	 * request (see {@link LastAccessThrottledSessions}). The store itself stays the bean Spring created: its clean-up
	 * of expired sessions is scheduled and stopped as before.
	 */
	@Bean
	static BeanPostProcessor lastAccessThrottling() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository store ? new LastAccessThrottledSessions<>(store) : bean;
			}
		};
	}

	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		// as Spring Session's own: a session is written in a transaction of its own, whatever runs around it
		transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return transactions;
	}

	@Bean(defaultCandidate = false)
	ConversionService springSessionConversionService() {
		DeserializingConverter deserializer = new DeserializingConverter(SessionStoreConfiguration.class.getClassLoader());
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, bytes -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException ex) {
				log.debug("A session attribute could not be read back; the session goes on without it", ex);
				return null;
			}
		});
		return conversions;
	}

}
