package com.caringmedical.clinic.redirect;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.SlugChanged;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * Old addresses that keep working: each leads to the content that lives elsewhere now. Renaming content records
 * its old address and leads every redirect to it on to the new slug, so a redirect never points at another.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RedirectService {

    private static final Logger LOG = Logger.getLogger(RedirectService.class);

    static final class PathTaken extends ProblemException {
        PathTaken(String path) {
            super(ProblemType.ALREADY_EXISTS, "A redirect from '" + path + "' exists already; delete it first.");
        }
    }

    private final RedirectRepository redirects;
    private final Instance<RedirectTarget> targets;

    RedirectService(RedirectRepository redirects, Instance<RedirectTarget> targets) {
        this.redirects = redirects;
        this.targets = targets;
    }

    /** Where the content of an old address lives now; empty when no redirect has that path. */
    public Optional<RedirectView> find(String rawPath) {
        return RedirectPath.normalize(rawPath).flatMap(redirects::findByPath).map(RedirectView::of);
    }

    public PageView<RedirectView> list(PageParams page) {
        return PageView.fetch(redirects.findAll(Sort.by("path")), page, RedirectView::of);
    }

    @Transactional
    public RedirectView create(RedirectForm form, String editor) {
        Optional<String> path = RedirectPath.normalize(form.path());
        if (path.isEmpty()) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("path", "is not a path or URL")));
        }
        boolean exists = targets.stream().filter(target -> target.kind() == form.kind())
                .anyMatch(target -> target.exists().test(form.slug()));
        if (!exists) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("slug",
                    "no " + form.kind().name().toLowerCase(Locale.ROOT) + " has the slug '" + form.slug()
                            + "'")));
        }
        if (redirects.findByPath(path.get()).isPresent()) {
            throw new PathTaken(path.get());
        }
        Redirect redirect = new Redirect(path.get(), form.kind(), form.slug(), Redirect.Source.EDITOR, now());
        redirects.persist(redirect);
        redirects.flush();
        LOG.infof("Editor '%s' added a redirect from %s", editor, path.get());
        return RedirectView.of(redirect);
    }

    /** What became of an imported item's old address. */
    public enum Recorded {
        /** The path leads to the item now. */
        CREATED,
        /** It led there already. */
        UNCHANGED,
        /** It leads to other content (an editor's redirect, another import): left as it is. */
        TAKEN,
        /** Not a path a redirect can keep (the site's home page, a query-only address). */
        NOT_A_PATH
    }

    /**
     * Records that an imported item's old address (a WordPress permalink) leads to it; a path that leads elsewhere
     * already stays as it is. The item must exist.
     */
    @Transactional
    public Recorded recordImported(String oldAddress, RedirectKind kind, String slug) {
        Optional<String> path = RedirectPath.normalize(oldAddress).filter(normalized -> !normalized.equals("/"));
        if (path.isEmpty()) {
            return Recorded.NOT_A_PATH;
        }
        Optional<Redirect> existing = redirects.findByPath(path.get());
        if (existing.isPresent()) {
            return existing.get().kind() == kind && existing.get().slug().equals(slug) ? Recorded.UNCHANGED
                    : Recorded.TAKEN;
        }
        redirects.persist(new Redirect(path.get(), kind, slug, Redirect.Source.WORDPRESS, now()));
        return Recorded.CREATED;
    }

    /** Deletes the redirect; false when there is none with this id. */
    @Transactional
    public boolean delete(long id, String editor) {
        boolean deleted = redirects.deleteById(id);
        if (deleted) {
            LOG.infof("Editor '%s' deleted the redirect %d", editor, id);
        }
        return deleted;
    }

    /**
     * An item was renamed: its old API path leads to the new slug, and so does every redirect that led to the old
     * one. A redirect whose path is the new address goes: the content is there now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void renamed(@Observes SlugChanged change) {
        RedirectKind.ofNoun(change.kind()).ifPresent(kind -> {
            redirects.findLeadingTo(kind, change.from()).forEach(redirect -> redirect.leadTo(change.to()));
            redirects.findByPath(kind.apiPath(change.to())).ifPresent(redirects::delete);
            String oldPath = kind.apiPath(change.from());
            if (redirects.findByPath(oldPath).isEmpty()) {
                redirects.persist(new Redirect(oldPath, kind, change.to(), Redirect.Source.SLUG_CHANGE, now()));
            }
        });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
