package org.passerelle.shared.security;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

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

	/**
	 * Two requests of one session that both add an attribute (the first pages after signing in, each making the CSRF
	 * token) both inserted it, and the second failed on the primary key with an error page: PostgreSQL's upsert, as
	 * Spring Session ships it, lets the later write win.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** Before Spring Session's filter: each request starts and ends without the previous one's saved session. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> savedSessionReset(SessionRepository<?> sessions) {
		OncePerRequestFilter reset = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				forget(sessions);
				try {
					chain.doFilter(request, response);
				}
				finally {
					forget(sessions);
				}
			}

			@Override
			protected boolean shouldNotFilterAsyncDispatch() {
				return false;
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(reset);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	private static void forget(SessionRepository<?> sessions) {
		if (sessions instanceof LastAccessThrottledSessions<?> throttled) {
			throttled.forgetSavedSession();
		}
	}

	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		// as Spring Session's own: a session is written in a transaction of its own, whatever runs around it
		transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new SessionTransactions(transactions);
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
