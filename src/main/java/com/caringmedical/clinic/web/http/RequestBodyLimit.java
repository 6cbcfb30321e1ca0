package com.caringmedical.clinic.web.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import com.caringmedical.clinic.web.problem.RequestTooLarge;

/**
 * Refuses a request body over {@code clinic.http.max-body-size} (or {@code max-content-size} for a form marked
 * {@link LongContent}) with a 413 problem: at once when Content-Length
 * says so, and while reading when the body is chunked. Operations with a lower limit of their own call
 * {@link #limit} from their own interceptor; a body parameter marked {@link OwnBodyLimit} is limited by its operation.
 */
@Provider
public class RequestBodyLimit implements ReaderInterceptor {

    // Looked up per request: JAX-RS providers are created before runtime configuration is available.
    private final Instance<HttpConfig> config;

    RequestBodyLimit(Instance<HttpConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (Arrays.stream(context.getAnnotations()).anyMatch(annotation -> annotation instanceof OwnBodyLimit)) {
            return context.proceed();
        }
        HttpConfig limits = config.get();
        limit(context, (context.getType().isAnnotationPresent(LongContent.class) ? limits.maxContentSize()
                : limits.maxBodySize()).asLongValue());
        return context.proceed();
    }

    /** Makes the body being read refuse to be longer than {@code limit} bytes. */
    public static void limit(ReaderInterceptorContext context, long limit) {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.chars().allMatch(Character::isDigit) && !declared.isEmpty()
                && (declared.length() > 18 || Long.parseLong(declared) > limit)) {
            throw new RequestTooLarge(limit);
        }
        context.setInputStream(new LimitedInputStream(context.getInputStream(), limit));
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
