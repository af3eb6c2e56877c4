package org.passerelle.shared.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/** A read of the session store runs without a transaction; every other use of the store runs in one, as before. */
class SessionTransactionsTests {

	@Test
	void readsRunWithoutATransactionAndWritesInOne() {
		AtomicInteger transactions = new AtomicInteger();
		TransactionOperations counted = new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				transactions.incrementAndGet();
				return action.doInTransaction(new SimpleTransactionStatus(true));
			}
		};
		SessionTransactions sessions = new SessionTransactions(counted);

		String read = SessionTransactions.read(() -> sessions.execute(status -> "the session"));
		assertThat(read).isEqualTo("the session");
		assertThat(transactions).as("transactions for a read").hasValue(0);

		sessions.executeWithoutResult(status -> assertThat(status.isNewTransaction()).isTrue());
		assertThat(transactions).as("transactions for a write, after the read").hasValue(1);
	}

	@Test
	void aFailedReadLeavesTheNextWriteInATransaction() {
		AtomicInteger transactions = new AtomicInteger();
		SessionTransactions sessions = new SessionTransactions(new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				transactions.incrementAndGet();
				return action.doInTransaction(new SimpleTransactionStatus(true));
			}
		});
		try {
			SessionTransactions.read(() -> sessions.execute(status -> {
				throw new IllegalStateException("database down");
			}));
		}
		catch (IllegalStateException expected) {
			assertThat(expected).hasMessage("database down");
		}
		sessions.executeWithoutResult(status -> {
		});
		assertThat(transactions).hasValue(1);
	}

}
