package com.caringmedical.clinic.staging;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import com.caringmedical.clinic.editing.ContentSaved;
import com.caringmedical.clinic.editing.EditableContent;
import com.caringmedical.clinic.editing.EditableKind;
import com.caringmedical.clinic.editing.EditableKinds;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.PublishingGate;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * Where the clinic wants a second person (clinic.publishing.approval-required-for), an item of that kind becomes or
 * stays public only through a staged change a reviewer approved: every other save that would leave it published
 * (a PUT, a create, a restore, a scheduled publish) is refused. Unpublishing and deleting pass.
 */
@ApplicationScoped
class ApprovalGate implements PublishingGate {

    /** The save would publish content that needs a reviewer's approval first. */
    static final class ApprovalRequired extends ProblemException {
        ApprovalRequired(String kind) {
            super(ProblemType.CONFLICT, "Published " + kind + " change only with a reviewer's approval: stage the "
                    + "change (PUT /editor/staged/" + kind + "/{key}), have a reviewer approve it, then publish it.");
        }
    }

    private final Set<String> kinds;

    ApprovalGate(PublishingConfig config) {
        this.kinds = config.approvalRequiredFor().orElse(Set.of());
    }

    /** A kind named in the setting that does not exist is a typo that would switch approval off: refuse to start. */
    void checkKinds(@Observes StartupEvent start, EditableKinds editable) {
        Set<String> unknown = new TreeSet<>(kinds);
        unknown.removeAll(editable.collections());
        unknown.remove("media");
        if (!unknown.isEmpty() || kinds.contains("media")) {
            throw new IllegalStateException("clinic.publishing.approval-required-for names " + (unknown.isEmpty()
                    ? "media, which have no drafts" : "no kind of content: " + unknown) + "; the kinds are "
                    + new TreeSet<>(editable.collections()));
        }
    }

    boolean required(String kind) {
        return kinds.contains(kind);
    }

    @Override
    public void check(EditableKind<?, ?, ?> kind, ContentSaved.State before, EditableContent after, boolean approved) {
        if (!approved && required(kind.collection()) && after.status() == PublicationStatus.PUBLISHED) {
            throw new ApprovalRequired(kind.collection());
        }
    }
}
