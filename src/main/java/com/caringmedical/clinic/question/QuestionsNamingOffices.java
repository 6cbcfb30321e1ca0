package com.caringmedical.clinic.question;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.location.Location;

/** Patients' questions name the office they are for: an office they name cannot be deleted. */
@ApplicationScoped
class QuestionsNamingOffices implements Referrers<Location> {

    private final QuestionRepository questions;

    QuestionsNamingOffices(QuestionRepository questions) {
        this.questions = questions;
    }

    /** Every question counts, spam and erased ones too: each keeps its office. */
    @Override
    public long countReferring(Location office, boolean publishedOnly) {
        return questions.count("location", office);
    }
}
