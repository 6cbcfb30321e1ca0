package com.caringmedical.clinic.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.editing.ContentSaved;
import com.caringmedical.clinic.editing.EditableContent;
import com.caringmedical.clinic.editing.EditableKind;
import com.caringmedical.clinic.editing.EditableKinds;
import com.caringmedical.clinic.web.problem.InvalidParameterException;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * Preview links: an editor makes one for an item, and whoever holds it reads the item as the public API will show
 * it once published, drafts included, without credentials, until the link expires or is revoked. A link's token is
 * 32 random bytes; only its SHA-256 is stored, so neither the database nor its backups hold working links.
 */
@ApplicationScoped
public class Previews {

    /** The link leads nowhere: not a link, expired, revoked, or its item deleted; all look the same from outside. */
    static final class Unavailable extends ProblemException {
        Unavailable() {
            super(ProblemType.NOT_FOUND, "This preview link does not exist, has expired or was revoked. Ask an "
                    + "editor for a new one.");
        }
    }

    private static final Logger LOG = Logger.getLogger(Previews.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_PREFIX = "pv_";
    private static final int MAX_TOKEN_LENGTH = 100;

    private final PreviewLinkRepository links;
    private final EditableKinds kinds;
    private final PreviewsConfig config;

    Previews(PreviewLinkRepository links, EditableKinds kinds, PreviewsConfig config) {
        this.links = links;
        this.kinds = kinds;
        this.config = config;
    }

    /** Makes a link to the item, working for {@code validFor} (the configured default when null). */
    @Transactional
    public CreatedPreviewView create(String kind, String key, Duration validFor, String editor) {
        Duration lifetime = validFor == null ? config.validFor() : validFor;
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(config.maxValidFor()) > 0) {
            throw new InvalidParameterException("validFor", "must be positive and at most " + config.maxValidFor()
                    + " (clinic.previews.max-valid-for)");
        }
        EditableKind<?, ?, ?> editable = kinds.named(kind);
        EditableContent item = kinds.item(kind, key);
        if (render(editable, item, null).isEmpty()) {
            throw new InvalidParameterException("kind", kind + " are public from their upload on: they have no "
                    + "preview");
        }
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        Instant now = Instant.now();
        PreviewLink link = new PreviewLink(hash(token), kind, item.id(), editor, now, now.plus(lifetime));
        links.persist(link);
        LOG.infof("Editor '%s' made preview link %s for the %s '%s', working until %s", editor, link.id(),
                editable.noun(), key, link.expiresAt());
        return new CreatedPreviewView(PreviewLinkView.of(link, key, now), "/previews/" + token);
    }

    /** The item's links, newest first, working or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PreviewLinkView> ofItem(String kind, String key) {
        EditableContent item = kinds.item(kind, key);
        Instant now = Instant.now();
        return links.ofItem(kind, item.id()).stream().map(link -> PreviewLinkView.of(link, key, now)).toList();
    }

    /** Stops the link at once; revoking it again changes nothing. */
    @Transactional
    public void revoke(UUID id, String editor) {
        PreviewLink link = links.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("preview link", id));
        link.revoke(editor, Instant.now());
        LOG.infof("Editor '%s' revoked preview link %s", editor, id);
    }

    /**
     * The item the token leads to, as the public API will show it; a 404 problem for a token that is not a link,
     * or one expired or revoked, or whose item was deleted: all look the same from outside.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object show(String token, BodyFormat format) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH || !token.startsWith(TOKEN_PREFIX)) {
            throw new Unavailable();
        }
        PreviewLink link = links.findByTokenHash(hash(token)).filter(found -> found.worksAt(Instant.now()))
                .orElseThrow(Unavailable::new);
        EditableKind<?, ?, ?> kind = kinds.named(link.kind());
        return kind.findById(link.itemId()).flatMap(item -> render(kind, item, format))
                .orElseThrow(Unavailable::new);
    }

    /** A deleted item's links go with it. */
    void forgetDeleted(@Observes ContentSaved saved) {
        if ("deleted".equals(saved.action())) {
            links.deleteOfItem(saved.kind().collection(), saved.item().id());
        }
    }

    @Scheduled(identity = "preview-link-pruning", every = "1h", delay = 5, delayUnit = TimeUnit.MINUTES)
    void prune() {
        long pruned = QuarkusTransaction.requiringNew().call(() -> links.pruneStoppedBefore(
                Instant.now().minus(config.keepFor())));
        if (pruned > 0) {
            LOG.infof("Forgot %d preview links that stopped working more than %s ago", pruned, config.keepFor());
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, E extends EditableContent, F> Optional<Object> render(EditableKind<K, E, F> kind,
            EditableContent item, BodyFormat format) {
        return kind.previewOf((E) item, format);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
