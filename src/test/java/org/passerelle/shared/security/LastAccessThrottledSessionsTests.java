package org.passerelle.shared.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session a request has just saved answers that request's next look-up of it, without a read of the store; the
 * next request, or another session, reads the store again.
 */
class LastAccessThrottledSessionsTests {

	@Test
	void theSessionARequestSavedIsNotReadBackDuringThatRequest() {
		CountingStore store = new CountingStore();
		LastAccessThrottledSessions<MapSession> sessions = new LastAccessThrottledSessions<>(store);
		var session = sessions.createSession();
		session.setAttribute("greeting", "annyeong");
		sessions.save(session);

		assertThat(sessions.findById(session.getId())).as("the session just saved").isSameAs(session);
		assertThat(store.reads).as("reads of the store during the request").isZero();
		assertThat(sessions.findById("another")).as("another session").isNull();
		assertThat(store.reads).as("reads of the store for another session").isOne();

		sessions.forgetSavedSession();
		var nextRequests = sessions.findById(session.getId());
		assertThat(store.reads).as("reads of the store by the next request").isEqualTo(2);
		assertThat(nextRequests).isNotSameAs(session);
		assertThat((String) nextRequests.getAttribute("greeting")).isEqualTo("annyeong");
	}

	@Test
	void aDeletedOrExpiredSessionIsNotAnsweredFromWhatWasSaved() {
		CountingStore store = new CountingStore();
		LastAccessThrottledSessions<MapSession> sessions = new LastAccessThrottledSessions<>(store);
		var session = sessions.createSession();
		sessions.save(session);
		sessions.deleteById(session.getId());
		assertThat(sessions.findById(session.getId())).as("a session deleted after its save").isNull();
		assertThat(store.reads).isOne();

		var expiring = sessions.createSession();
		// no inactivity allowed: expired as soon as saved
		expiring.setMaxInactiveInterval(Duration.ZERO);
		sessions.save(expiring);
		sessions.findById(expiring.getId());
		assertThat(store.reads).as("an expired session is looked up in the store").isEqualTo(2);
	}

	/** Sessions kept in a map, as copies (as a database would give them back), with the reads counted. */
	private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		private final Map<String, MapSession> sessions = new HashMap<>();

		private int reads;

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			sessions.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			reads++;
			MapSession stored = sessions.get(id);
			return stored == null ? null : new MapSession(stored);
		}

		@Override
		public void deleteById(String id) {
			sessions.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
