package org.passerelle.shared.database;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a module reads from its tables on nearly every page and that rarely changes (the active groups, the theme
 * list, organization summaries), kept until the data changes. Every value belongs to the {@link DataGeneration} read
 * before it was loaded, and is reused only while that generation is current: any commit through this application or,
 * heard from PostgreSQL, through another connection, drops them all, and nothing is reused while changes from other
 * connections cannot be heard. Inside a read-write transaction the cache is neither read nor filled: what that
 * transaction reads may not be committed yet, and may never be.
 * <p>
 * Values must be immutable (records), or never changed once loaded: every reader gets the same instance. The keys
 * asked for in one generation are all kept until it ends: use it for tables of reference size (groups, themes,
 * organizations), not for what grows with use.
 */
public final class DataCache<K, V> {

	private static final Object ONLY = new Object();

	private record Snapshot<K, V>(long generation, Map<K, V> values) {
	}

	private final DataGeneration generation;

	private volatile Snapshot<K, V> snapshot;

	public DataCache(DataGeneration generation) {
		this.generation = generation;
	}

	/** A cache of one value (a whole list, say), loaded again after a change. */
	public static <V> DataCache<Object, V> single(DataGeneration generation) {
		return new DataCache<>(generation);
	}

	/** The one value of a {@link #single(DataGeneration)} cache. */
	@SuppressWarnings("unchecked")
	public V get(Supplier<V> load) {
		return get((K) ONLY, key -> load.get());
	}

	/** The value of one key, loaded when this generation has none (a null value is not kept). */
	public V get(K key, Function<K, V> load) {
		Snapshot<K, V> current = current();
		if (current == null) {
			return load.apply(key);
		}
		V value = current.values().get(key);
		if (value == null) {
			value = load.apply(key);
			if (value != null) {
				current.values().put(key, value);
			}
		}
		return value;
	}

	/**
	 * The values of these keys, those this generation does not have yet loaded together by {@code load} (which
	 * leaves out the keys it does not know: they are asked again next time). In the order of the keys given.
	 */
	public Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> load) {
		List<K> wanted = keys.stream().filter(Objects::nonNull).distinct().toList();
		Map<K, V> result = new LinkedHashMap<>();
		if (wanted.isEmpty()) {
			return result;
		}
		Snapshot<K, V> current = current();
		if (current == null) {
			Map<K, V> loaded = load.apply(wanted);
			wanted.forEach(key -> put(result, key, loaded.get(key)));
			return result;
		}
		List<K> missing = wanted.stream().filter(key -> !current.values().containsKey(key)).toList();
		Map<K, V> loaded = missing.isEmpty() ? Map.of() : load.apply(missing);
		loaded.forEach((key, value) -> {
			if (key != null && value != null) {
				current.values().put(key, value);
			}
		});
		for (K key : wanted) {
			V value = current.values().get(key);
			put(result, key, value != null ? value : loaded.get(key));
		}
		return result;
	}

	private static <K, V> void put(Map<K, V> result, K key, V value) {
		if (value != null) {
			result.put(key, value);
		}
	}

	/** The values of the current generation, a new empty set once it moved; null when the cache may not be used. */
	private Snapshot<K, V> current() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return null;
		}
		Snapshot<K, V> kept = snapshot;
		if (kept != null && generation.isCurrent(kept.generation())) {
			return kept;
		}
		// read before loading: a change committed while the values load makes them stale at once
		long now = generation.current();
		if (!generation.isCurrent(now)) {
			return null;
		}
		Snapshot<K, V> fresh = new Snapshot<>(now, new ConcurrentHashMap<>());
		snapshot = fresh;
		return fresh;
	}

}
