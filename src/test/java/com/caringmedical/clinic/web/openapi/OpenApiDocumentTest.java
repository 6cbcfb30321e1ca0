package com.caringmedical.clinic.web.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import com.caringmedical.clinic.web.problem.Problem;

/**
 * The committed OpenAPI document (openapi/openapi.yaml and .json) is the one the code produces, and it
 * documents every operation fully. After changing the API, regenerate it with
 * {@code ./mvnw package -DskipTests} and commit openapi/.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final String REGENERATE = "The committed openapi/%s differs from what the code produces: run "
            + "'./mvnw package -DskipTests' and commit openapi/.";

    @Test
    void committedYamlMatchesTheCode() throws IOException {
        JsonNode produced = new ObjectMapper(new YAMLFactory()).readTree(given().get("/q/openapi?format=yaml").asString());
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        assertEquals(produced, committed, REGENERATE.formatted("openapi.yaml"));
    }

    @Test
    void committedJsonMatchesTheCode() throws IOException {
        JsonNode produced = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        JsonNode committed = new ObjectMapper().readTree(Files.readString(ApiContract.DOCUMENT));
        assertEquals(produced, committed, REGENERATE.formatted("openapi.json"));
    }

    @Test
    void everyOperationHasSummaryTagIdAndDocumentedResponses() throws IOException {
        JsonNode document = new ObjectMapper().readTree(Files.readString(ApiContract.DOCUMENT));
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                operations.add(name);
                assertFalse(operation.path("summary").asText().isBlank(), name + " has a summary");
                assertFalse(operation.path("operationId").asText().isBlank(), name + " has an operationId");
                assertTrue(operation.path("tags").size() > 0, name + " has a tag");
                JsonNode responses = operation.path("responses");
                JsonNode ok = successOf(responses);
                assertTrue(ok.has("description"), name + " documents its 2xx answer");
                if (!responses.has("204")) {
                    assertTrue(ok.path("content").elements().next().has("schema"), name + " documents its 2xx body");
                }
                boolean noStore = "no-store".equals(ok.path("headers").path("Cache-Control").path("schema")
                        .path("example").asText());
                if (method.getKey().equals("get") && !noStore) {
                    assertTrue(ok.path("headers").has("ETag"), name + " documents its ETag");
                    assertTrue(responses.has("304"), name + " documents 304");
                }
                if (operation.has("requestBody")) {
                    assertTrue(responses.has("400") && responses.has("415"), name + " documents 400 and 415");
                }
                assertTrue(responses.has("500"), name + " documents 500");
                if (path.getKey().contains("{")) {
                    assertTrue(operation.path("responses").has("404"), name + " documents 404");
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    assertTrue(parameter.has("example") || parameter.path("schema").has("enum")
                            || parameter.path("description").asText().contains("Example: "),
                            name + " gives an example for " + parameter.path("name").asText());
                }
            }
        }
        assertEquals(98, operations.size(), "operations documented: " + operations);
    }

    private static JsonNode successOf(JsonNode responses) {
        for (String status : List.of("200", "201", "202", "204")) {
            if (responses.has(status)) {
                return responses.path(status);
            }
        }
        return responses.path("2xx");
    }

    @Test
    void responseSchemasCarryExamples() throws IOException {
        JsonNode schemas = new ObjectMapper().readTree(Files.readString(ApiContract.DOCUMENT)).path("components").path("schemas");
        for (String name : List.of("Article", "ArticleSummary", "Treatment", "TreatmentSummary", "Location", "Reference",
                "Problem", "QuestionReceipt")) {
            JsonNode schema = schemas.path(name);
            assertTrue(schema.has("properties"), name + " is documented");
            assertTrue(schema.path("properties").path("slug").has("example")
                    || schema.path("properties").path("id").has("example")
                    || schema.path("properties").path("type").has("example"), name + " has examples");
        }
    }
}
