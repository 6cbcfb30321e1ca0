package com.caringmedical.clinic.question.submission;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Adds the honeypot field to the QuestionForm schema under its configured name (it is not a Java field: the form
 * collects it among {@link QuestionForm#otherFields()}). The document is built with the build's configuration.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class QuestionFormDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema form = openAPI.getComponents().getSchemas().get("QuestionForm");
        if (form == null) {
            return;
        }
        String honeypot = ConfigProvider.getConfig()
                .getOptionalValue("clinic.questions.honeypot-field", String.class).orElse("website");
        form.addProperty(honeypot, OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.STRING))
                .description("Honeypot: a form field hidden from people (\"please leave this field empty\"). Send it "
                        + "empty or not at all. A filled one marks the question as spam; the answer does not say so.")
                .maxLength(2000)
                .examples(java.util.List.of("")));
    }
}
