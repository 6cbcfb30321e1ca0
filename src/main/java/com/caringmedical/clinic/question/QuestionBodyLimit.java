package com.caringmedical.clinic.question;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Refuses a question form body over {@code clinic.questions.max-body-size} with 413: at once when Content-Length
 * says so, and while reading when the body is chunked. Other bodies are left to the server-wide limit.
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
        if (context.getType() != QuestionForm.class) {
            return context.proceed();
        }
        long limit = config.get().maxBodySize().asLongValue();
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.chars().allMatch(Character::isDigit) && !declared.isEmpty()
                && (declared.length() > 18 || Long.parseLong(declared) > limit)) {
            throw new RequestTooLarge(limit);
        }
        context.setInputStream(new LimitedInputStream(context.getInputStream(), limit));
        return context.proceed();
    }

    /** Counts bytes as they are read and refuses to go past the limit. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new RequestTooLarge(limit);
            }
        }
    }
}
