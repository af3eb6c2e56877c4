package org.passerelle.support;

import java.util.Arrays;

import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the JSON API answers, checked the same way by every module's API tests. */
public final class ApiResults {

	private ApiResults() {
	}

	/** An RFC 9457 problem with this status, a type and a title. */
	public static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isString())
			.andExpect(jsonPath("$.type").isString());
	}

	/** A 200 page (Spring Data's paged JSON) holding exactly these ids, in any order, and counting them. */
	public static ResultActions pageOfIds(ResultActions result, long... ids) throws Exception {
		result.andExpect(status().isOk()).andExpect(jsonPath("$.page.totalElements").value(ids.length));
		if (ids.length == 0) {
			return result.andExpect(jsonPath("$.content", hasSize(0)));
		}
		Integer[] expected = Arrays.stream(ids).mapToObj(id -> (int) id).toArray(Integer[]::new);
		return result.andExpect(jsonPath("$.content[*].id", containsInAnyOrder(expected)));
	}

}
