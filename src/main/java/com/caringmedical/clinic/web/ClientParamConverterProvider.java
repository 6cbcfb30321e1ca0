package com.caringmedical.clinic.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Converts numeric and enum path and query parameters so that a value of the wrong kind is answered with a 400
 * problem naming the parameter and what it accepts, instead of the bare 404 that JAX-RS prescribes for failed
 * conversions. Enum values are accepted in any letter case, and listed as the enum spells them ({@code toString}).
 */
@Provider
public class ClientParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Checked<>(name, "must be a whole number", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Checked<>(name, "must be a whole number", Long::valueOf);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::toString).collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Checked<>(name, "must be one of " + allowed,
                    value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
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
                return parser.apply(value.strip());
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
