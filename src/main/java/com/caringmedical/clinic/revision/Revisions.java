package com.caringmedical.clinic.revision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.caringmedical.clinic.editing.ContentEditor;
import com.caringmedical.clinic.editing.ContentSaved;
import com.caringmedical.clinic.editing.EditableContent;
import com.caringmedical.clinic.editing.EditableKind;
import com.caringmedical.clinic.editing.EditableKinds;
import com.caringmedical.clinic.editing.Edited;
import com.caringmedical.clinic.editing.EditorForms;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * The history of every kind of editable content. Each change the editing flow saves becomes a revision in the same
 * transaction ({@link #record}); editors list an item's revisions, read one, compare two and bring one back, which
 * is itself a change (a new revision, "restored").
 */
@ApplicationScoped
public class Revisions {

    private static final Logger LOG = Logger.getLogger(Revisions.class);

    private final RevisionRepository revisions;
    private final EditableKinds kinds;
    private final ContentEditor editor;
    private final EditorForms forms;
    private final RevisionsConfig config;

    Revisions(RevisionRepository revisions, EditableKinds kinds, ContentEditor editor, EditorForms forms,
            RevisionsConfig config) {
        this.revisions = revisions;
        this.kinds = kinds;
        this.editor = editor;
        this.forms = forms;
        this.config = config;
    }

    /**
     * Records a saved change as the item's next revision, first recording the item as it was when it has no
     * revision yet (content older than revisions), and forgets the oldest beyond {@code keep-per-item}.
     */
    void record(@Observes ContentSaved saved) {
        String kind = saved.kind().collection();
        EditableContent item = saved.item();
        int newest = revisions.newestNumber(kind, item.id());
        Instant now = Instant.now();
        ContentSaved.State found = saved.before();
        if (newest == 0 && found != null) {
            revisions.persist(new Revision(new Revision.Saved(kind, item.id(), String.valueOf(found.key()),
                    found.version(), "baseline", null, null, found.status()), ++newest, forms.write(found.form()), now));
        }
        revisions.persist(new Revision(new Revision.Saved(kind, item.id(), String.valueOf(saved.key()),
                item.version(), saved.action(), saved.restoredFrom(), saved.editor(), item.status()), ++newest,
                forms.write(saved.after()), now));
        int forget = newest - config.keepPerItem();
        if (forget > 0) {
            revisions.deleteUpTo(kind, item.id(), forget);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<RevisionSummary> list(String kind, String key, PageParams page) {
        return revisions.page(kind, item(kind, key).id(), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionView find(String kind, String key, int number) {
        Revision revision = revision(kind, item(kind, key).id(), number, key);
        return new RevisionView(RevisionSummary.of(revision), forms.tree(revision.form()));
    }

    /** What changed from revision {@code from} (by default the one before) to revision {@code number}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionDiff diff(String kind, String key, int number, Integer from) {
        long id = item(kind, key).id();
        Revision newer = revision(kind, id, number, key);
        Revision older = from == null
                ? revisions.previous(kind, id, number).orElse(newer)
                : revision(kind, id, from, key);
        return new RevisionDiff(RevisionSummary.of(older), RevisionSummary.of(newer),
                RevisionDiff.between(forms.tree(older.form()), forms.tree(newer.form())));
    }

    /**
     * Saves the form of revision {@code number} as the item's current state, as a PUT with it would (If-Match, the
     * kind's rules), recorded as a new revision. A 409 problem when the form no longer fits today's rules.
     */
    @Transactional
    public Edited<?, ?> restore(String kind, String key, int number, String ifMatch, String by) {
        return restore(kinds.named(kind), key, number, ifMatch, by);
    }

    private <K, E extends EditableContent, F> Edited<K, F> restore(EditableKind<K, E, F> kind, String key, int number,
            String ifMatch, String by) {
        K parsed = kind.parseKey(key).orElseThrow(() -> new NotFoundProblem(kind.noun(), key));
        E item = kind.find(parsed).orElseThrow(() -> new NotFoundProblem(kind.noun(), key));
        Revision revision = revision(kind.collection(), item.id(), number, key);
        try {
            F form = forms.read(kind, revision.form());
            Edited<K, F> restored = editor.restore(kind, parsed, ifMatch, form, by, number)
                    .orElseThrow(() -> new NotFoundProblem(kind.noun(), key));
            LOG.debugf("Restored revision %d of the %s '%s'", number, kind.noun(), key);
            return restored;
        } catch (InvalidFieldsException refused) {
            throw new RevisionDoesNotFit(number, refused.errors());
        }
    }

    private EditableContent item(String kind, String key) {
        return kinds.item(kind, key);
    }

    private Revision revision(String kind, long itemId, int number, String key) {
        return revisions.find(kind, itemId, number)
                .orElseThrow(() -> new NotFoundProblem("revision", key + "/" + number));
    }


    /** The revision's form fails a rule it passed when saved: a field since added, an item it names since deleted. */
    static final class RevisionDoesNotFit extends ProblemException {

        RevisionDoesNotFit(int number, List<Problem.FieldError> errors) {
            super(ProblemType.CONFLICT, "Revision " + number + " no longer fits the rules for this kind of content; "
                    + "edit the item instead.", errors);
        }
    }
}
