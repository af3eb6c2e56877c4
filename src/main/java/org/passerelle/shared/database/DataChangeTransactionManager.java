package org.passerelle.shared.database;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's JDBC transaction manager, which also moves the {@link DataGeneration} once a write transaction has
 * committed: PostgreSQL's notification of the same change arrives a moment later, and the next request of this
 * instance must not wait for it.
 */
class DataChangeTransactionManager extends JdbcTransactionManager {

	private final transient DataGeneration generation;

	DataChangeTransactionManager(DataSource dataSource, DataGeneration generation) {
		super(dataSource);
		this.generation = generation;
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		super.doCommit(status);
		if (!status.isReadOnly()) {
			generation.changed();
		}
	}

}
