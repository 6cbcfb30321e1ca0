package com.caringmedical.clinic.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Converts numeric path and query parameters so that a value that is not a whole number names the parameter
 * in a 400 problem, instead of the bare 404 that JAX-RS prescribes for failed conversions.
 */
@Provider
public class NumericParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new WholeNumber<>(parameterName(annotations), Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new WholeNumber<>(parameterName(annotations), Long::valueOf);
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

    private record WholeNumber<N extends Number>(String name, Function<String, N> parser) implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(name, "must be a whole number");
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }
}
