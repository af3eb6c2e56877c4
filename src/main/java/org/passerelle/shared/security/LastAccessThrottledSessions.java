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
 * <p>
 * Spring Session also reads a session back right after saving it at the end of a request, only to ask whether the
 * session the request named still exists; the session just saved is the answer, so it is kept for the rest of the
 * request ({@link #forgetSavedSession()}, called when each request starts and ends) instead of read again.
 */
final class LastAccessThrottledSessions<S extends Session>
		implements FindByIndexNameSessionRepository<LastAccessThrottledSessions.ThrottledSession<S>> {

	static final Duration RESOLUTION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> store;

	/** The session this thread's request saved, for that request only. */
	private final ThreadLocal<ThrottledSession<S>> savedByThisRequest = new ThreadLocal<>();

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
		savedByThisRequest.set(session);
	}

	@Override
	public ThrottledSession<S> findById(String id) {
		ThrottledSession<S> saved = savedByThisRequest.get();
		if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
			return saved;
		}
		S stored = SessionTransactions.read(() -> store.findById(id));
		return stored == null ? null : new ThrottledSession<>(stored);
	}

	@Override
	public void deleteById(String id) {
		savedByThisRequest.remove();
		store.deleteById(id);
	}

	/** A request starts or ends: what the previous one on this thread saved is no answer for it. */
	void forgetSavedSession() {
		savedByThisRequest.remove();
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
