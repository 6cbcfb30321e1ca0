package com.caringmedical.clinic.web.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestForm;

import com.caringmedical.clinic.web.problem.InvalidParameterException;

/**
 * Converts numeric and enum path, query and form parameters so that a value of the wrong kind is answered with a 400
 * problem naming the parameter and what it accepts, instead of the bare 404 that JAX-RS prescribes for failed
 * conversions. Enum values are accepted in any letter case, and listed as the enum spells them ({@code toString}).
 * Text parameters are refused when they hold a NUL character, which no slug, name or search can contain and
 * PostgreSQL refuses in text.
 */
@Provider
public class ClientParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == String.class) {
            return (ParamConverter<T>) new Checked<>(name, TextRules.NO_NUL, TextRules::requireNoNul);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Checked<>(name, "must be a whole number", value -> Integer.valueOf(value.strip()));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Checked<>(name, "must be a whole number", value -> Long.valueOf(value.strip()));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::toString).collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Checked<>(name, "must be one of " + allowed,
                    value -> Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        }
        return null;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof RestForm form && !form.value().isEmpty()) {
                return form.value();
            }
        }
        return "parameter";
    }

    private record Checked<V>(String name, String requirement, Function<String, V> parser) implements ParamConverter<V> {

        @Override
        public V fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(name, requirement);
            }
        }

        @Override
        public String toString(V value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
