package com.caringmedical.clinic.reference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.logging.Logger;

import com.caringmedical.clinic.web.IfMatch;
import com.caringmedical.clinic.web.InvalidFieldsException;
import com.caringmedical.clinic.web.Problem;
import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.ProblemException;
import com.caringmedical.clinic.web.ProblemType;
import com.caringmedical.clinic.web.PublicationStatus;
import com.caringmedical.clinic.web.SortOrder;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    /** Sort keys clients may use, mapped to entity properties. */
    static final Map<String, String> SORT_FIELDS = SortOrder.fields("id", "id", "year", "year", "title", "title");
    static final String DEFAULT_SORT = "id";

    private static final Logger LOG = Logger.getLogger(ReferenceService.class);

    /** A reference as an editor sees it, with the tag of its current version. */
    public record Edited(long id, ReferenceForm reference, EntityTag tag) {
    }

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

    ReferenceService(ReferenceRepository references) {
        this.references = references;
    }

    public PageView<ReferenceView> list(PageParams page, String sort, CitationStyle style) {
        return PageView.fetch(references.findPublished(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, reference -> ReferenceMapper.toView(reference, style));
    }

    /** For editors: every reference, drafts included. */
    public PageView<ReferenceForm> listForEditors(PageParams page, String sort) {
        return PageView.fetch(references.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page,
                ReferenceForm::of);
    }

    public Optional<Edited> findForEditors(long id) {
        return references.findByIdOptional(id).map(ReferenceService::edited);
    }

    @Transactional
    public Edited create(ReferenceForm form, String editor) {
        checkDate(form);
        if ((form.doi() != null || form.pmid() != null)
                && references.identifierTakenByAnother(form.doi(), form.pmid(), null)) {
            throw new IdentifierTaken();
        }
        Reference reference = new Reference(form);
        references.persist(reference);
        references.flush();
        LOG.infof("Editor '%s' created the reference %d (%s)", editor, reference.id(), reference.status());
        return edited(reference);
    }

    /** Replaces a reference if {@code ifMatch} names its current version; empty when there is no such reference. */
    @Transactional
    public Optional<Edited> replace(long id, String ifMatch, ReferenceForm form, String editor) {
        return references.findByIdForUpdate(id).map(reference -> {
            IfMatch.check(ifMatch, tagOf(reference));
            checkDate(form);
            if ((form.doi() != null || form.pmid() != null)
                    && references.identifierTakenByAnother(form.doi(), form.pmid(), id)) {
                throw new IdentifierTaken();
            }
            if (reference.isPublished() && form.status() != PublicationStatus.PUBLISHED) {
                long citations = references.countCitations(reference);
                if (citations > 0) {
                    throw new StillCited(citations, "unpublished");
                }
            }
            reference.apply(form);
            references.flush();
            LOG.infof("Editor '%s' changed the reference %d (%s)", editor, id, reference.status());
            return edited(reference);
        });
    }

    /** Deletes a reference nothing cites; false when there is no such reference. */
    @Transactional
    public boolean delete(long id, String ifMatch, String editor) {
        return references.findByIdForUpdate(id).map(reference -> {
            IfMatch.check(ifMatch, tagOf(reference));
            long citations = references.countCitations(reference);
            if (citations > 0) {
                throw new StillCited(citations, "deleted");
            }
            references.delete(reference);
            LOG.infof("Editor '%s' deleted the reference %d", editor, id);
            return true;
        }).orElse(false);
    }

    /** A day needs its month, and the three must make a real date. */
    private static void checkDate(ReferenceForm form) {
        if (form.day() == null) {
            return;
        }
        boolean real = form.month() != null;
        if (real) {
            try {
                LocalDate.of(form.year(), form.month(), form.day());
            } catch (DateTimeException e) {
                real = false;
            }
        }
        if (!real) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("day",
                    "must make a real date with year and month (and needs month)")));
        }
    }

    private static Edited edited(Reference reference) {
        return new Edited(reference.id(), ReferenceForm.of(reference), tagOf(reference));
    }

    private static EntityTag tagOf(Reference reference) {
        return IfMatch.versionTag(reference.version());
    }

    /** The reference itself, for content that cites it (a treatment's evidence). */
    public Optional<Reference> findEntity(long id) {
        return references.findByIdOptional(id);
    }

    public Optional<ReferenceView> find(long id, CitationStyle style) {
        return references.findPublishedById(id).map(reference -> ReferenceMapper.toView(reference, style));
    }

    /** A published reference in a reference manager's format. */
    public Optional<String> export(long id, ReferenceFormat format) {
        return references.findPublishedById(id).map(reference -> ReferenceExports.write(format, List.of(reference)));
    }
}
