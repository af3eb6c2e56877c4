package org.passerelle.shared.database;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * A number that moves whenever the stored data may have changed: on the commit of every write transaction of this
 * instance ({@link DataChangeTransactionManager}), and when PostgreSQL says another connection changed a table
 * ({@link DataChangeListener}: another instance, a background job, an administrator's psql). What was computed from
 * the data at one generation is stale at any later one: caches tag their entries with the generation read before
 * computing them.
 */
@Component
public class DataGeneration {

	private final AtomicLong generation = new AtomicLong();

	/** While changes from other connections cannot be heard, nothing derived from the data may be reused. */
	private volatile boolean listening;

	public long current() {
		return generation.get();
	}

	/** Whether what was computed at {@code generation} still holds. */
	public boolean isCurrent(long generation) {
		return listening && generation == this.generation.get();
	}

	void changed() {
		generation.incrementAndGet();
	}

	void listening(boolean listening) {
		this.listening = listening;
		generation.incrementAndGet();
	}

}
