package com.caringmedical.clinic.reference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.editing.EditableKind;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * Literature references as editors keep them: named by id; a DOI or PubMed id names one publication; one that
 * articles or treatment findings cite stays published and stays.
 */
@Singleton
public class ReferenceEditing implements EditableKind<Long, Reference, ReferenceForm> {

    static final class IdentifierTaken extends ProblemException {
        IdentifierTaken() {
            super(ProblemType.ALREADY_EXISTS, "Another reference has this DOI or PubMed id.");
        }
    }

    static final class StillCited extends ProblemException {
        StillCited(long citations, String what) {
            super(ProblemType.CONFLICT, "Articles or treatment findings cite this reference " + citations
                    + " time(s), so it cannot be " + what + " while they do.");
        }
    }

    private final ReferenceRepository references;
    private final Instance<Referrers<Reference>> citing;

    ReferenceEditing(ReferenceRepository references, Instance<Referrers<Reference>> citing) {
        this.references = references;
        this.citing = citing;
    }

    @Override
    public String noun() {
        return "reference";
    }

    @Override
    public Optional<Object> previewOf(Reference reference, BodyFormat format) {
        return Optional.of(ReferenceMapper.toView(reference, CitationStyle.orDefault(null)));
    }

    @Override
    public String collection() {
        return "references";
    }

    @Override
    public Class<ReferenceForm> formType() {
        return ReferenceForm.class;
    }

    @Override
    public Optional<Reference> findById(long id) {
        return find(id);
    }

    @Override
    public Optional<Long> parseKey(String text) {
        return EditableKind.parseId(text);
    }

    @Override
    public Optional<Reference> find(Long id) {
        return references.findByIdOptional(id);
    }

    @Override
    public Optional<Reference> findForUpdate(Long id) {
        return references.findByIdForUpdate(id);
    }

    @Override
    public Long keyOf(Reference reference) {
        return reference.id();
    }

    @Override
    public ReferenceForm formOf(Reference reference) {
        return ReferenceForm.of(reference);
    }

    @Override
    public Reference create(ReferenceForm form) {
        check(form, null);
        Reference reference = new Reference(form);
        references.persist(reference);
        return reference;
    }

    @Override
    public void replace(Reference reference, ReferenceForm form) {
        check(form, reference.id());
        if (reference.isPublished() && form.status() != PublicationStatus.PUBLISHED) {
            refuseIfCited(reference, "unpublished");
        }
        reference.apply(form);
    }

    @Override
    public void delete(Reference reference) {
        refuseIfCited(reference, "deleted");
        references.delete(reference);
    }

    /** Drafts count too: a reference stays while anything cites it. */
    private void refuseIfCited(Reference reference, String what) {
        long citations = citing.stream().mapToLong(referrer -> referrer.countReferring(reference, false)).sum();
        if (citations > 0) {
            throw new StillCited(citations, what);
        }
    }

    /** A day needs its month and the three must make a real date; a DOI or PubMed id is this reference's alone. */
    private void check(ReferenceForm form, Long self) {
        if (form.day() != null && !isRealDate(form)) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("day",
                    "must make a real date with year and month (and needs month)")));
        }
        if ((form.doi() != null || form.pmid() != null)
                && references.identifierTakenByAnother(form.doi(), form.pmid(), self)) {
            throw new IdentifierTaken();
        }
    }

    private static boolean isRealDate(ReferenceForm form) {
        if (form.month() == null) {
            return false;
        }
        try {
            LocalDate.of(form.year(), form.month(), form.day());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
