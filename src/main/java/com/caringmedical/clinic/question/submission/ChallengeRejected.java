package com.caringmedical.clinic.question.submission;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** The form's ALTCHA solution is missing, wrong, expired or already used. */
class ChallengeRejected extends ProblemException {

    ChallengeRejected(String detail) {
        super(ProblemType.CHALLENGE_FAILED, detail);
    }
}
