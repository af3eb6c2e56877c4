package org.passerelle.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.passerelle.meeting.MeetingFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * More readers at once than the pool has connections all get their pages. A read that loads aggregates with
 * collections outside a transaction takes a second connection for each collection while holding the first: with
 * more readers than connections, each held one and waited for another until the pool gave up (a 500 after 30 s).
 */
@IntegrationTest
class ConcurrentReadingTests {

	private static final int ROUNDS = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MeetingFixture fixture;

	@Test
	void moreReadersThanPooledConnectionsAllGetTheirPages() throws Exception {
		int connections = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		String name = "Concurrence " + TestData.unique();
		long town = fixture.town(name);
		fixture.person("Jun", "Concurrence" + TestData.unique(), town);
		List<String> pages = List.of("/people", "/organizations/" + town, "/meetings", "/organizations",
				"/partnerships", "/", "/meetings/" + fixture.demoMeeting().id());
		int readers = connections * 3;
		ExecutorService threads = Executors.newFixedThreadPool(readers);
		try {
			List<Callable<List<Integer>>> reads = new ArrayList<>();
			for (int reader = 0; reader < readers; reader++) {
				reads.add(() -> {
					List<Integer> statuses = new ArrayList<>();
					for (int round = 0; round < ROUNDS; round++) {
						for (String page : pages) {
							statuses.add(mvc.perform(get(page).header("Accept-Language", "fr"))
								.andReturn()
								.getResponse()
								.getStatus());
						}
					}
					return statuses;
				});
			}
			// Waiting on each other, readers fail when the pool gives up (30 s) with a 500: the statuses tell. The
			// timeout only keeps a hang from stopping the build.
			List<Future<List<Integer>>> done = assertTimeoutPreemptively(Duration.ofMinutes(3),
					() -> threads.invokeAll(reads));
			for (Future<List<Integer>> reader : done) {
				assertThat(reader.get()).hasSize(ROUNDS * pages.size()).containsOnly(200);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(mvcPage("/organizations/" + town)).contains(name);
	}

	private String mvcPage(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
