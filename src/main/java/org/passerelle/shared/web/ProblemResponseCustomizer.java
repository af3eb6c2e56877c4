package org.passerelle.shared.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds to every API operation the problem answers it can give, by the rules the code follows, each with the RFC 9457
 * problem schema:
 * <ul>
 * <li>400 when it takes a body (bean validation, unreadable JSON, a rule of the service) or a parameter that is not
 * plain text (a number, a date, an enum: a value of the wrong type is refused by {@code ApiExceptionHandler});</li>
 * <li>401 everywhere: writing needs an account, and wrong credentials are refused even where reading is open;</li>
 * <li>403 on writes (the role decides, in the controller);</li>
 * <li>404 when the path names a record;</li>
 * <li>409 on an update (PUT, PATCH) whose body carries the {@code version} that was read (a stale update).</li>
 * </ul>
 * Reads are open to anonymous callers ({@code SecurityConfiguration}), so GET operations accept no credentials or
 * HTTP Basic, unless the controller declares its own security requirement. Answers a controller declares itself
 * (a GET refused by visibility, a 409 for a state transition) keep their description and get the problem schema.
 */
class ProblemResponseCustomizer implements OpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents() == null ? Map.of()
				: openApi.getComponents().getSchemas() == null ? Map.of() : openApi.getComponents().getSchemas();
		openApi.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> customise(method, operation, schemas)));
	}

	private static void customise(PathItem.HttpMethod method, Operation operation, Map<String, Schema> schemas) {
		boolean read = method == PathItem.HttpMethod.GET;
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		boolean declaresSecurity = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
		if (read && !declaresSecurity) {
			// {} first: no credentials needed; HTTP Basic shows more (contact details, meetings for members).
			operation.setSecurity(List.of(new SecurityRequirement(),
					new SecurityRequirement().addList(OpenApiConfiguration.BASIC_AUTH)));
		}
		if (operation.getRequestBody() != null) {
			add(responses, "400", "Invalid input: the problem's errors name each bad field; nothing was stored");
		}
		else if (typedParameter(operation)) {
			add(responses, "400", "A parameter has a value of the wrong type");
		}
		add(responses, "401", read && !declaresSecurity
				? "The credentials sent are wrong, or the account is locked (reading needs none)"
				: "Sign-in required: no credentials, wrong ones, or a locked account");
		if (!read) {
			add(responses, "403", "Your role does not allow this change");
		}
		if (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
			add(responses, "404", "No such record");
		}
		boolean update = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
		if (update && carriesVersion(operation, schemas)) {
			add(responses, "409", "Someone changed this since you read it: read it again and reapply your change");
		}
		ApiResponses sorted = new ApiResponses();
		responses.keySet().stream().sorted().forEach(code -> {
			ApiResponse response = responses.get(code);
			if (code.startsWith("4") || code.startsWith("5")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM))));
			}
			sorted.addApiResponse(code, response);
		});
		operation.setResponses(sorted);
	}

	private static void add(ApiResponses responses, String code, String description) {
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(description));
		}
	}

	/** A parameter Spring converts from text (a number, an enum, a UUID…), which fails on a wrong value. */
	private static boolean typedParameter(Operation operation) {
		if (operation.getParameters() == null) {
			return false;
		}
		for (Parameter parameter : operation.getParameters()) {
			Schema<?> schema = parameter.getSchema();
			if (schema == null) {
				continue;
			}
			boolean text = "string".equals(type(schema)) && schema.getFormat() == null && schema.getEnum() == null;
			if (!text) {
				return true;
			}
		}
		return false;
	}

	/** The body's schema (or the one it refers to) has a {@code version} property. */
	private static boolean carriesVersion(Operation operation, Map<String, Schema> schemas) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return false;
		}
		return operation.getRequestBody().getContent().values().stream().map(MediaType::getSchema).anyMatch(schema -> {
			Schema<?> resolved = schema;
			if (schema != null && schema.get$ref() != null) {
				resolved = schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
			}
			return resolved != null && resolved.getProperties() != null
					&& resolved.getProperties().containsKey("version");
		});
	}

	private static String type(Schema<?> schema) {
		if (schema.getType() != null) {
			return schema.getType();
		}
		return schema.getTypes() == null || schema.getTypes().size() != 1 ? null : schema.getTypes().iterator().next();
	}

}
