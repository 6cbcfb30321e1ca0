package com.caringmedical.clinic.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.http.IfMatch;
import com.caringmedical.clinic.web.outbound.OutboundAddress;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** Admins' webhook subscriptions and their delivery logs. */
@ApplicationScoped
@Transactional
public class WebhookSubscriptions {

    private static final Logger LOG = Logger.getLogger(WebhookSubscriptions.class);

    /** Only a delivery that gave up (DEAD) can be sent again. */
    static final class NotRetryable extends ProblemException {
        NotRetryable(WebhookDelivery.Status status) {
            super(ProblemType.CONFLICT, "This delivery is " + status + "; only one that gave up (DEAD) can be sent "
                    + "again.");
        }
    }

    /** A subscription, and the tag of its version for If-Match. */
    public record Tagged<T>(T view, EntityTag tag) {
    }

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;
    private final WebhooksConfig config;

    WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
            WebhookAttemptRepository attempts, WebhooksConfig config) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<SubscriptionView> list(PageParams page) {
        return PageView.fetch(subscriptions.findAll(Sort.by("createdAt").and("id")), page, SubscriptionView::of);
    }

    public Tagged<SigningSecretView> create(SubscriptionForm form, String admin) {
        check(form, true);
        WebhookSubscription subscription = new WebhookSubscription(form, admin, Instant.now());
        subscriptions.persist(subscription);
        subscriptions.flush();
        LOG.infof("Admin '%s' subscribed webhook %s to %s", admin, subscription.id(), subscription.events());
        return new Tagged<>(new SigningSecretView(SubscriptionView.of(subscription), subscription.secret()),
                IfMatch.versionTag(subscription.version()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<SubscriptionView> find(UUID id) {
        WebhookSubscription subscription = existing(id);
        return new Tagged<>(SubscriptionView.of(subscription), IfMatch.versionTag(subscription.version()));
    }

    public Tagged<SubscriptionView> replace(UUID id, SubscriptionForm form, String ifMatch, String admin) {
        WebhookSubscription subscription = locked(id);
        IfMatch.check(ifMatch, IfMatch.versionTag(subscription.version()));
        // An address kept as it was is not checked again: a host that stopped resolving can still be disabled.
        check(form, !form.url().strip().equals(subscription.url()));
        subscription.apply(form, Instant.now());
        subscriptions.flush();
        LOG.infof("Admin '%s' changed webhook %s: %s, %s", admin, id, subscription.events(),
                subscription.enabled() ? "enabled" : "disabled");
        return new Tagged<>(SubscriptionView.of(subscription), IfMatch.versionTag(subscription.version()));
    }

    /** Removes the subscription with its delivery log; deliveries still queued are dropped. */
    public void delete(UUID id, String ifMatch, String admin) {
        WebhookSubscription subscription = locked(id);
        IfMatch.check(ifMatch, IfMatch.versionTag(subscription.version()));
        subscriptions.delete(subscription);
        LOG.infof("Admin '%s' removed webhook %s", admin, id);
    }

    /** A new signing secret; the old one stops working for every attempt from now on, retries included. */
    public Tagged<SigningSecretView> rotateSecret(UUID id, String admin) {
        WebhookSubscription subscription = locked(id);
        subscription.rotateSecret(Instant.now());
        subscriptions.flush();
        LOG.infof("Admin '%s' rotated the signing secret of webhook %s", admin, id);
        return new Tagged<>(new SigningSecretView(SubscriptionView.of(subscription), subscription.secret()),
                IfMatch.versionTag(subscription.version()));
    }

    /** The delivery log, newest first, each delivery with its attempts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<DeliveryView> deliveries(UUID id, WebhookDelivery.Status status, PageParams page) {
        existing(id);
        PageView<WebhookDelivery> found = status == null
                ? PageView.fetch(deliveries.find("subscriptionId", Sort.descending("createdAt").and("id"), id), page,
                        delivery -> delivery)
                : PageView.fetch(deliveries.find("subscriptionId = ?1 and status = ?2",
                        Sort.descending("createdAt").and("id"), id, status), page, delivery -> delivery);
        Map<UUID, List<WebhookAttempt>> tries = attempts.ofDeliveries(found.items().stream()
                .map(WebhookDelivery::id).toList()).stream()
                .collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
        return found.withItems(items -> items.stream()
                .map(delivery -> DeliveryView.of(delivery, tries.getOrDefault(delivery.id(), List.of()))).toList());
    }

    /** Sends a DEAD delivery again, with a fresh set of attempts. */
    public DeliveryView retry(UUID id, UUID deliveryId, String admin) {
        WebhookDelivery delivery = deliveries.findByIdOptional(deliveryId)
                .filter(found -> found.subscriptionId().equals(id))
                .orElseThrow(() -> new NotFoundProblem("webhook delivery", deliveryId));
        if (delivery.status() != WebhookDelivery.Status.DEAD) {
            throw new NotRetryable(delivery.status());
        }
        delivery.retry(Instant.now());
        LOG.infof("Admin '%s' queued webhook delivery %s again", admin, deliveryId);
        return DeliveryView.of(delivery, attempts.ofDeliveries(List.of(deliveryId)));
    }

    /** The subscription, locked until the transaction ends: concurrent changes queue up and see each other. */
    private WebhookSubscription locked(UUID id) {
        return subscriptions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundProblem("webhook subscription", id));
    }

    private WebhookSubscription existing(UUID id) {
        return subscriptions.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("webhook subscription", id));
    }

    /** The rules Bean Validation cannot express: known events, and an address the relay may call. */
    private void check(SubscriptionForm form, boolean newAddress) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < form.events().size(); i++) {
            if (WebhookEvent.ofType(form.events().get(i)).isEmpty()) {
                errors.add(new Problem.FieldError("events[" + i + "]", "is not an event; the events are "
                        + Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type)
                                .collect(Collectors.joining(", "))));
            }
        }
        try {
            if (newAddress) {
                OutboundAddress.resolve(OutboundAddress.parse(form.url()), config.allowedHostsRule(),
                        OutboundAddress.Resolver.SYSTEM);
            }
        } catch (OutboundAddress.Refused refused) {
            errors.add(new Problem.FieldError("url", refused.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
