package com.caringmedical.clinic.web.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A string field of a request body that breaks a rule every text obeys (a NUL character): the mappers answer it as
 * invalid-parameters naming the field (its JSON path) and the rule.
 */
public final class InvalidText extends JsonMappingException {

    public InvalidText(JsonParser parser, String rule) {
        super(parser, rule);
    }
}
