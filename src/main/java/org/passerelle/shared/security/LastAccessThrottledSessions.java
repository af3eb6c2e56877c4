package org.passerelle.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The JDBC session store, writing a session's last access at most once a {@link #RESOLUTION}. Spring Session sets
 * the last access on every request, which makes the JDBC store update the session row (in a transaction of its
 * own, with a commit to wait for) on every signed-in page, although nothing else changed. Here a request that
 * reads a session only writes it when the stored last access is a minute old or more. The price: a session may
 * expire up to a minute before 30 minutes have passed since its very last request. Attribute changes (sign-in,
 * CSRF token, sign-out) are written at once, as before.
 */
final class LastAccessThrottledSessions<S extends Session>
		implements FindByIndexNameSessionRepository<LastAccessThrottledSessions.ThrottledSession<S>> {

	static final Duration RESOLUTION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> store;

	LastAccessThrottledSessions(FindByIndexNameSessionRepository<S> store) {
		this.store = store;
	}

	@Override
	public ThrottledSession<S> createSession() {
		return new ThrottledSession<>(store.createSession());
	}

	@Override
	public void save(ThrottledSession<S> session) {
		store.save(session.stored);
	}

	@Override
	public ThrottledSession<S> findById(String id) {
		S stored = store.findById(id);
		return stored == null ? null : new ThrottledSession<>(stored);
	}

	@Override
	public void deleteById(String id) {
		store.deleteById(id);
	}

	@Override
	public Map<String, ThrottledSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, ThrottledSession<S>> sessions = new LinkedHashMap<>();
		store.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, stored) -> sessions.put(id, new ThrottledSession<>(stored)));
		return sessions;
	}

	/** A stored session whose last access only moves forward by a {@link #RESOLUTION} or more. */
	static final class ThrottledSession<S extends Session> implements Session {

		private final S stored;

		private ThrottledSession(S stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(RESOLUTION))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
