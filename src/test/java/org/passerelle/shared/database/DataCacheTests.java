package org.passerelle.shared.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** A value is reused only while the data generation it was loaded at is current, and never in a write. */
class DataCacheTests {

	private final DataGeneration generation = new DataGeneration();

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clear();
		}
	}

	@Test
	void aValueIsLoadedOnceThenReusedUntilTheDataChanges() {
		generation.listening(true);
		DataCache<Object, String> cache = DataCache.single(generation);

		assertThat(cache.get(this::load)).isEqualTo("value 1");
		assertThat(cache.get(this::load)).isEqualTo("value 1");
		assertThat(loads).hasValue(1);

		generation.changed();
		assertThat(cache.get(this::load)).isEqualTo("value 2");
		assertThat(cache.get(this::load)).isEqualTo("value 2");
		assertThat(loads).hasValue(2);
	}

	@Test
	void nothingIsReusedWhileChangesFromOtherConnectionsCannotBeHeard() {
		DataCache<Object, String> cache = DataCache.single(generation);

		assertThat(cache.get(this::load)).isEqualTo("value 1");
		assertThat(cache.get(this::load)).isEqualTo("value 2");

		generation.listening(true);
		assertThat(cache.get(this::load)).isEqualTo("value 3");
		assertThat(cache.get(this::load)).isEqualTo("value 3");
		generation.listening(false);
		assertThat(cache.get(this::load)).isEqualTo("value 4");
	}

	@Test
	void aChangeWhileLoadingMakesTheLoadedValueStale() {
		generation.listening(true);
		DataCache<Object, String> cache = DataCache.single(generation);

		assertThat(cache.get(() -> {
			generation.changed();
			return load();
		})).isEqualTo("value 1");
		assertThat(cache.get(this::load)).isEqualTo("value 2");
		assertThat(cache.get(this::load)).isEqualTo("value 2");
	}

	@Test
	void aWriteTransactionNeitherReadsNorFillsTheCache() {
		generation.listening(true);
		DataCache<Object, String> cache = DataCache.single(generation);
		assertThat(cache.get(this::load)).isEqualTo("value 1");

		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
		assertThat(cache.get(this::load)).isEqualTo("value 2");
		assertThat(cache.get(this::load)).isEqualTo("value 3");

		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
		assertThat(cache.get(this::load)).isEqualTo("value 1");
	}

	@Test
	void keysMissingFromTheGenerationAreLoadedTogetherAndUnknownOnesAskedAgain() {
		generation.listening(true);
		DataCache<Long, String> cache = new DataCache<>(generation);
		List<List<Long>> asked = new ArrayList<>();
		Function<List<Long>, Map<Long, String>> load = ids -> {
			asked.add(ids);
			return ids.stream().filter(id -> id < 100).collect(Collectors.toMap(id -> id, id -> "#" + id));
		};

		assertThat(cache.getAll(List.of(3L, 1L, 3L), load)).containsExactly(Map.entry(3L, "#3"), Map.entry(1L, "#1"));
		assertThat(cache.getAll(List.of(1L, 2L, 404L), load)).containsExactly(Map.entry(1L, "#1"), Map.entry(2L, "#2"));
		assertThat(cache.getAll(List.of(2L, 404L), load)).containsExactly(Map.entry(2L, "#2"));
		assertThat(asked).containsExactly(List.of(3L, 1L), List.of(2L, 404L), List.of(404L));

		generation.changed();
		assertThat(cache.getAll(List.of(1L), load)).containsExactly(Map.entry(1L, "#1"));
		assertThat(asked).hasSize(4).last().isEqualTo(List.of(1L));
	}

	private String load() {
		return "value " + loads.incrementAndGet();
	}

}
