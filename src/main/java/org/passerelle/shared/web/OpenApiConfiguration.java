package org.passerelle.shared.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated API document says beyond the controllers: who we are, how to sign in (HTTP Basic, see
 * {@code SecurityConfiguration}), and the RFC 9457 problem every error answer is. {@link ProblemResponseCustomizer} then adds
 * to each operation the problem answers it can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** The name of the HTTP Basic security scheme in the document. */
	static final String BASIC_AUTH = "basicAuth";

	/** The name of the problem schema in the document's components. */
	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI passerelleOpenApi(@Value("${passerelle.api.licence.name}") String licenceName,
			@Value("${passerelle.api.licence.identifier:}") String licenceIdentifier,
			@Value("${passerelle.api.licence.url:}") String licenceUrl,
			@Value("${passerelle.api.contact.name}") String contactName,
			@Value("${passerelle.api.contact.email:}") String contactEmail,
			@Value("${passerelle.base-url:http://localhost:8080}") String baseUrl) {
		License licence = new License().name(licenceName);
		if (!licenceIdentifier.isBlank()) {
			licence.identifier(licenceIdentifier);
		}
		if (!licenceUrl.isBlank()) {
			licence.url(licenceUrl);
		}
		// no public address configured: no contact URL rather than an empty or guessed one
		Contact contact = new Contact().name(contactName).url(baseUrl.isBlank() ? null : baseUrl);
		if (!contactEmail.isBlank()) {
			contact.email(contactEmail);
		}
		return new OpenAPI()
			.info(new Info().title("Passerelle API")
				.version("v1")
				.description("""
						The data of a decentralized-cooperation country group: organizations and people, partnerships \
						and their activities, country groups, meetings with their agenda, invitations, attendance and \
						minutes, action items, and the minutes importer.

						Reading needs no account; signed-in callers also see contact details and the meetings meant \
						for them. Writing needs an account, sent with HTTP Basic on every request (the API keeps no \
						session), and a role that allows the change: administrators and coordinators change \
						everything, a member its own organization and what it takes part in, a visitor nothing.

						Every error is an RFC 9457 problem (`application/problem+json`); bad input names each bad \
						field in `errors`, and nothing is stored. Records carry a `version`: send the one you read \
						with an update, and a change made since then gives 409 instead of being overwritten.""")
				.contact(contact)
				.license(licence))
			// Relative: the API is served by the same Passerelle as this document, whatever its address.
			.servers(List.of(new Server().url("/").description("This Passerelle")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
	}

	/** The security scheme and the problem schema, put in once springdoc has built the components. */
	@Bean
	OpenApiCustomizer sharedComponents() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("basic")
					.description("The e-mail and password of a Passerelle account"))
				.addSchemas(PROBLEM, problemSchema());
		};
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return new ProblemResponseCustomizer();
	}

	/** RFC 9457 with the members Passerelle adds: {@code errors} for bad input, and a few per problem type. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().description("One bad field of the input")
			.addProperty("field", new StringSchema().description("Its path in the input, e.g. affiliations[0].since"))
			.addProperty("message", new StringSchema().description("What is wrong, in the caller's language"))
			.addProperty("rejectedValue", new Schema<>().description("The value sent"));
		Map<String, Schema> properties = new java.util.LinkedHashMap<>();
		properties.put("type", new StringSchema().format("uri-reference")
			.description("A URI naming the kind of problem; about:blank when the status says it all"));
		properties.put("title", new StringSchema().description("A short summary of the kind of problem"));
		properties.put("status", new IntegerSchema().description("The HTTP status code"));
		properties.put("detail", new StringSchema().description("What went wrong this time"));
		properties.put("instance", new StringSchema().format("uri-reference")
			.description("The request the problem is about"));
		properties.put("errors",
				new ArraySchema().items(fieldError).description("Bad input: each bad field and why (nothing was stored)"));
		return new ObjectSchema().description("An error, as RFC 9457 problem details")
			.properties((Map) properties)
			.additionalProperties(Boolean.TRUE);
	}

}
