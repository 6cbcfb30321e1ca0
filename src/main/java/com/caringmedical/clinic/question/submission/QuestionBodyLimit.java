package com.caringmedical.clinic.question.submission;

import java.io.IOException;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.caringmedical.clinic.question.QuestionsConfig;
import com.caringmedical.clinic.web.http.RequestBodyLimit;

/**
 * The question form, open to anyone, has a lower body limit than staff operations:
 * {@code clinic.questions.max-body-size}.
 */
@Provider
public class QuestionBodyLimit implements ReaderInterceptor {

    // Looked up per request: JAX-RS providers are created before runtime configuration is available.
    private final Instance<QuestionsConfig> config;

    QuestionBodyLimit(Instance<QuestionsConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == QuestionForm.class) {
            RequestBodyLimit.limit(context, config.get().maxBodySize().asLongValue());
        }
        return context.proceed();
    }
}
