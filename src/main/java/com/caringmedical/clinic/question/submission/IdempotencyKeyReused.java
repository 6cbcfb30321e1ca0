package com.caringmedical.clinic.question.submission;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** An Idempotency-Key came back with a different question: a client bug, answered 422. */
class IdempotencyKeyReused extends ProblemException {

    IdempotencyKeyReused() {
        super(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was already used for a different question. "
                + "Use a new key for each new question, and the same key only to retry the same one.");
    }
}
