package com.caringmedical.clinic.staging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.logging.Logger;

import com.caringmedical.clinic.editing.ContentEditor;
import com.caringmedical.clinic.editing.ContentSaved;
import com.caringmedical.clinic.editing.EditableContent;
import com.caringmedical.clinic.editing.EditableKind;
import com.caringmedical.clinic.editing.EditableKinds;
import com.caringmedical.clinic.editing.Edited;
import com.caringmedical.clinic.editing.EditorForms;
import com.caringmedical.clinic.revision.RevisionDiff;
import com.caringmedical.clinic.web.http.IfMatch;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.InvalidParameterException;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Staged changes: an editor saves a change of an item aside, the public keeps seeing the item as it is, and the
 * change is applied later through the editing flow, by an editor; where the kind needs it, only after a reviewer
 * other than the one who staged it approved exactly that version of it.
 */
@ApplicationScoped
public class StagedChanges {

    private static final Logger LOG = Logger.getLogger(StagedChanges.class);

    /** A staged change with its ETag (its own version, which an approval names). */
    public record Tagged(StagedChangeView view, EntityTag tag) {
    }

    /** The item changed after the change was staged: publishing it would undo that unseen. */
    static final class Outdated extends ProblemException {
        Outdated(int base, int now) {
            super(ProblemType.CONFLICT, "The item changed after this change was staged (from version " + base
                    + ", now " + now + "). Stage it again from the item as it is.");
        }
    }

    /**
     * The change cannot go further as it is: it needs an approval it does not have, from another person than who
     * staged it, or it no longer fits the kind's form.
     */
    static final class NotApproved extends ProblemException {
        NotApproved(String why) {
            super(ProblemType.CONFLICT, why);
        }
    }

    private final StagedChangeRepository staged;
    private final EditableKinds kinds;
    private final ContentEditor editor;
    private final ApprovalGate approvals;
    private final EditorForms forms;

    StagedChanges(StagedChangeRepository staged, EditableKinds kinds, ContentEditor editor, ApprovalGate approvals,
            EditorForms forms) {
        this.staged = staged;
        this.kinds = kinds;
        this.editor = editor;
        this.approvals = approvals;
        this.forms = forms;
    }

    /** Saves the form aside (replacing what was staged, and its approval); the item does not change. */
    @Transactional
    public Tagged stage(String kind, String key, JsonNode body, String by) {
        EditableKind<?, ?, ?> editable = stageable(kind);
        EditableContent item = kinds.item(kind, key);
        String form = forms.write(forms.read(editable, body == null ? NullNode.getInstance() : body));
        StagedChange change = staged.findOf(kind, item.id()).orElseGet(() -> new StagedChange(kind, item.id()));
        change.stage(form, item.version(), by, Instant.now());
        staged.persist(change);
        staged.flush();
        LOG.infof("Editor '%s' staged a change of the %s '%s'", by, editable.noun(), key);
        return tagged(editable, key, item, change);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged find(String kind, String key) {
        EditableKind<?, ?, ?> editable = stageable(kind);
        EditableContent item = kinds.item(kind, key);
        return tagged(editable, key, item, existing(editable, key, item));
    }

    @Transactional
    public void discard(String kind, String key, String by) {
        EditableKind<?, ?, ?> editable = stageable(kind);
        EditableContent item = kinds.item(kind, key);
        staged.delete(existing(editable, key, item));
        LOG.infof("Editor '%s' discarded the staged change of the %s '%s'", by, editable.noun(), key);
    }

    /** A reviewer approves the staged change as it is at {@code ifMatch}; not one they staged themselves. */
    @Transactional
    public Tagged approve(String kind, String key, String ifMatch, String reviewer) {
        EditableKind<?, ?, ?> editable = stageable(kind);
        EditableContent item = kinds.item(kind, key);
        StagedChange change = existing(editable, key, item);
        IfMatch.check(ifMatch, IfMatch.versionTag(change.version()));
        if (change.stagedBy().equals(reviewer)) {
            throw new NotApproved("A change needs a second person: '" + reviewer + "' staged it, so someone else "
                    + "approves it.");
        }
        change.approve(reviewer, Instant.now());
        staged.flush();
        LOG.infof("Reviewer '%s' approved the staged change of the %s '%s'", reviewer, editable.noun(), key);
        return tagged(editable, key, item, change);
    }

    /**
     * Applies the staged change through the editing flow ({@code ifMatch} names the item's version, the one it was
     * staged from) and forgets it; its rules apply as to any save.
     */
    @Transactional
    public Edited<?, ?> publish(String kind, String key, String ifMatch, String by) {
        return publish(stageable(kind), key, ifMatch, by);
    }

    private <K, E extends EditableContent, F> Edited<K, F> publish(EditableKind<K, E, F> kind, String key,
            String ifMatch, String by) {
        K parsed = kind.parseKey(key).orElseThrow(() -> new NotFoundProblem(kind.noun(), key));
        E item = kind.findForUpdate(parsed).orElseThrow(() -> new NotFoundProblem(kind.noun(), key));
        StagedChange change = existing(kind, key, item);
        IfMatch.check(ifMatch, IfMatch.versionTag(item.version()));
        if (change.baseVersion() != item.version()) {
            throw new Outdated(change.baseVersion(), item.version());
        }
        if (approvals.required(kind.collection()) && change.approvedBy() == null) {
            throw new NotApproved("This change needs a reviewer's approval before it is published (POST "
                    + "/editor/staged/" + kind.collection() + "/" + key + "/approve).");
        }
        F form;
        try {
            form = forms.read(kind, change.form());
        } catch (InvalidFieldsException noLongerFits) {
            throw new NotApproved("The staged change no longer fits the rules for " + kind.collection()
                    + "; stage it again.");
        }
        staged.delete(change);
        Edited<K, F> published = editor.replaceApproved(kind, parsed, ifMatch, form, by)
                .orElseThrow(() -> new NotFoundProblem(kind.noun(), key));
        LOG.infof("Editor '%s' published the staged change of the %s '%s'%s", by, kind.noun(), key,
                change.approvedBy() == null ? "" : ", approved by '" + change.approvedBy() + "'");
        return published;
    }

    /** A deleted item's staged change goes with it. */
    void forgetDeleted(@Observes ContentSaved saved) {
        if ("deleted".equals(saved.action())) {
            staged.deleteOf(saved.kind().collection(), saved.item().id());
        }
    }

    private EditableKind<?, ?, ?> stageable(String kind) {
        EditableKind<?, ?, ?> editable = kinds.named(kind);
        if (kind.equals("media")) {
            throw new InvalidParameterException("kind", "images are public from their upload on: they have no "
                    + "staged changes");
        }
        return editable;
    }

    private StagedChange existing(EditableKind<?, ?, ?> kind, String key, EditableContent item) {
        return staged.findOf(kind.collection(), item.id())
                .orElseThrow(() -> new NotFoundProblem("staged change of the " + kind.noun(), key));
    }

    private Tagged tagged(EditableKind<?, ?, ?> kind, String key, EditableContent item, StagedChange change) {
        JsonNode current = forms.treeOf(formOf(kind, item));
        JsonNode form = forms.tree(change.form());
        StagedChangeView view = new StagedChangeView(kind.collection(), key, change.form(), change.baseVersion(),
                change.baseVersion() != item.version(), change.stagedBy(), change.stagedAt(),
                approvals.required(kind.collection()), change.approvedBy(), change.approvedAt(),
                RevisionDiff.between(current, form));
        return new Tagged(view, IfMatch.versionTag(change.version()));
    }

    @SuppressWarnings("unchecked")
    private static <K, E extends EditableContent, F> F formOf(EditableKind<K, E, F> kind, EditableContent item) {
        return kind.formOf((E) item);
    }
}
