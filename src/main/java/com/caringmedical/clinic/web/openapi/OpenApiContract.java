package com.caringmedical.clinic.web.openapi;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import com.caringmedical.clinic.web.http.IfMatch;
import com.caringmedical.clinic.web.paging.PageView;

/**
 * Shapes the generated document for its readers: page schemas named after their items, integer defaults as
 * integers, tags in reading order. And documents, on every operation, the behaviour the shared web layer adds: ETag and Cache-Control on
 * successful reads, 304 revalidation, Link headers on lists, and the problem responses (401 and 403 as problem
 * documents on the operations that need a staff sign-in, 412 and 428 on the changes that take If-Match). Written once here
 * so each resource only documents what is its own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    static final String NOT_MODIFIED = "NotModified";
    static final String BAD_REQUEST = "BadRequest";
    static final String NOT_FOUND = "NotFound";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_ACCEPTABLE = "NotAcceptable";
    static final String PRECONDITION_FAILED = "PreconditionFailed";
    static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    static final String SERVER_ERROR = "ServerError";

    /** The order tags appear in (Swagger UI follows it): public content first, then the staff's daily work. */
    static final List<String> TAG_ORDER = List.of("Articles", "Treatments", "Locations", "References", "Media", "Search",
            "Sitemap and feed", "Sync", "Questions", "Question review", ClinicApiDocument.CONTENT_EDITING, "Staff accounts");

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach(this::document);
        namePages(openAPI);
        if (openAPI.getTags() != null) {
            openAPI.setTags(openAPI.getTags().stream()
                    .sorted(Comparator.comparingInt(tag -> TAG_ORDER.indexOf(tag.getName()) < 0 ? TAG_ORDER.size()
                            : TAG_ORDER.indexOf(tag.getName())))
                    .toList());
        }
    }

    /**
     * Query parameters such as page and size have integer defaults; SmallRye writes them as strings ("1"), which
     * schema validators and generated clients reject.
     */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)
                && schema.getDefaultValue() instanceof String text) {
            schema.setDefaultValue(new BigInteger(text.strip()));
        }
        return parameter;
    }

    /**
     * A page of a list is named after what it holds ({@code ArticleSummaryPage}), not after the generic record and
     * its type argument ({@code PageViewArticleSummaryView}), because generated clients take these names as types.
     */
    private static void namePages(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new HashMap<>();
        Map<String, Schema> schemas = new LinkedHashMap<>(openAPI.getComponents().getSchemas());
        schemas.forEach((name, schema) -> {
            Schema items = schema.getProperties() == null || schema.getProperties().get("items") == null ? null
                    : schema.getProperties().get("items").getItems();
            if (name.startsWith("PageView") && items != null && items.getRef() != null) {
                renamed.put(SCHEMAS + name, SCHEMAS + items.getRef().substring(SCHEMAS.length()) + "Page");
            }
        });
        renamed.forEach((from, to) -> schemas.put(to.substring(SCHEMAS.length()),
                schemas.remove(from.substring(SCHEMAS.length()))));
        openAPI.getComponents().setSchemas(new TreeMap<>(schemas));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().stream()
                    .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                    .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                    .map(MediaType::getSchema)
                    .filter(schema -> schema != null && renamed.containsKey(schema.getRef()))
                    .forEach(schema -> schema.setRef(renamed.get(schema.getRef())));
        }));
    }

    private void document(String path, PathItem item) {
        boolean isItem = path.contains("{");
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            APIResponses responses = operation.getResponses();
            if (entry.getKey() == PathItem.HttpMethod.GET && documentCacheableRead(responses, !isItem)) {
                addIfAbsent(responses, "304", NOT_MODIFIED);
            }
            boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
            if (hasParameters || operation.getRequestBody() != null) {
                documentBadRequest(responses);
            }
            if (operation.getRequestBody() != null) {
                addIfAbsent(responses, "413", PAYLOAD_TOO_LARGE);
                addIfAbsent(responses, "415", UNSUPPORTED_MEDIA_TYPE);
            }
            if (takesIfMatch(operation)) {
                addIfAbsent(responses, "412", PRECONDITION_FAILED);
                addIfAbsent(responses, "428", PRECONDITION_REQUIRED);
            }
            if (isItem) {
                addIfAbsent(responses, "404", NOT_FOUND);
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse().ref(UNAUTHORIZED));
                responses.addAPIResponse("403", OASFactory.createAPIResponse().ref(FORBIDDEN));
            }
            addIfAbsent(responses, "406", NOT_ACCEPTABLE);
            addIfAbsent(responses, "500", SERVER_ERROR);
        }
    }

    private static boolean documentCacheableRead(APIResponses responses, boolean isList) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getHeaders() != null && ok.getHeaders().containsKey("Cache-Control")) {
            return false; // the operation documents its own caching (no-store): no ETag, no 304
        }
        ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        ok.addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control"));
        if (isList) {
            ok.addHeader("Link", OASFactory.createHeader().ref("Link"));
        }
        return true;
    }

    /** A change guarded by {@link IfMatch}: it declares the If-Match header. */
    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER
                        && "If-Match".equalsIgnoreCase(parameter.getName()));
    }

    /** SmallRye adds a bare "Bad Request" for validated bodies; it becomes the documented problem response. */
    private static void documentBadRequest(APIResponses responses) {
        APIResponse existing = responses.getAPIResponse("400");
        if (existing == null || existing.getContent() == null) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().ref(BAD_REQUEST));
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
