package com.caringmedical.clinic.web.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import com.caringmedical.clinic.web.problem.InvalidText;

/**
 * Request bodies are read strictly, on every operation: a key repeated in one object is refused (which value
 * would count is anybody's guess, and a client that repeats one is broken), and so is a string holding a NUL
 * character ({@link TextRules}). Both are 400 problems; unknown fields are refused by configuration
 * ({@code quarkus.jackson.fail-on-unknown-properties}).
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("clinic-text-rules").addDeserializer(String.class, new NulFreeText()));
    }

    /** A string field's value, as Jackson reads it, unless it holds a NUL character. */
    static final class NulFreeText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new InvalidText(parser, TextRules.NO_NUL);
            }
            return text;
        }
    }
}
