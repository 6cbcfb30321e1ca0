package com.caringmedical.clinic.web.problem;

import java.util.List;

/** Fields of a request body that a rule outside Bean Validation refused (an unknown field, a slug that does not exist). */
public class InvalidFieldsException extends ProblemException {

    public InvalidFieldsException(List<Problem.FieldError> errors) {
        super(ProblemType.INVALID_PARAMETERS, ProblemMappers.INVALID_PARAMETERS_DETAIL, errors);
    }
}
