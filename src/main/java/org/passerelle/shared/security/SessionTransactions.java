package org.passerelle.shared.security;

import java.util.function.Supplier;

import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions Spring Session's JDBC store runs its statements in: writes in a transaction of their own, as
 * Spring Session has them, but the read of one session, a single statement that PostgreSQL answers from one snapshot
 * anyway, without one. Every signed-in request reads its session: without BEGIN and COMMIT that is one round trip to
 * the database instead of three. {@link LastAccessThrottledSessions} marks its reads with {@link #read(Supplier)}.
 */
final class SessionTransactions implements TransactionOperations {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionOperations writes;

	SessionTransactions(TransactionOperations writes) {
		this.writes = writes;
	}

	/** Runs a read of the store whose statement needs no transaction of its own. */
	static <T> T read(Supplier<T> read) {
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			READING.remove();
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (READING.get() != null) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return writes.execute(action);
	}

}
