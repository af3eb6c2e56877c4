package org.passerelle.shared.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the database says stays in the log: the API answers a stable problem type. The statements run on the real
 * test PostgreSQL, through a controller made for the test and the application's own problem handler.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	MockMvc mvc;

	String email;

	@RestController
	class BrokenEndpoints {

		@PostMapping("/api/v1/test/duplicate")
		void duplicate() {
			jdbc.update("insert into user_account (email, password_hash, display_name, role) values (?, 'x', 'Twin', 'VISITOR')",
					email.toUpperCase());
		}

		@PostMapping("/api/v1/test/broken-query")
		void brokenQuery() {
			jdbc.queryForObject("select secret_column from user_account where email = '" + email + "'", String.class);
		}

	}

	@BeforeEach
	void setUp() {
		email = "taken-" + UUID.randomUUID() + "@example.org";
		jdbc.update("insert into user_account (email, password_hash, display_name, role) values (?, 'x', 'Taken', 'VISITOR')",
				email);
		mvc = MockMvcBuilders.standaloneSetup(new BrokenEndpoints())
			.setControllerAdvice(new ApiExceptionHandler(messages))
			.build();
	}

	@Test
	void aBrokenConstraintIsAConflictWithoutTheDatabasesWords(CapturedOutput output) throws Exception {
		// the address is lower case, as the database shows it in its message (the index is on lower(email))
		assertThat(email).isEqualTo(email.toLowerCase());
		mvc.perform(post("/api/v1/test/duplicate"))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.type").value("https://passerelle.example/problems/integrity-conflict"))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value(containsString("nothing was stored")))
			.andExpect(content().string(allOf(not(containsString("duplicate key")),
					not(containsString("user_account")), not(containsString(email)),
					not(containsString(email.toUpperCase())),
					not(containsString("Key (")))));
		// the operator still finds what happened
		assertThat(output.getAll()).contains("POST /api/v1/test/duplicate refused by the database")
			.contains("user_account_email_idx");
	}

	@Test
	void anyOtherDatabaseErrorIsAGeneric500(CapturedOutput output) throws Exception {
		mvc.perform(post("/api/v1/test/broken-query"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.type").value("https://passerelle.example/problems/database-error"))
			.andExpect(jsonPath("$.title").value("Database error"))
			.andExpect(content().string(allOf(not(containsString("secret_column")), not(containsString("select")),
					not(containsString(email)))));
		assertThat(output.getAll()).contains("POST /api/v1/test/broken-query failed in the database")
			.contains("secret_column");
	}

}
