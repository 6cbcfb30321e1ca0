package com.caringmedical.clinic.question;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient's question was stored (not one the spam check kept back). Fired inside the storing transaction, so that
 * what observers write (a webhook delivery) commits with the question. It names the question and nothing the
 * patient wrote.
 *
 * @param id the question's id, as staff find it
 * @param office the slug of the office the patient chose, or null
 * @param receivedAt when it arrived
 */
public record QuestionReceived(UUID id, String office, Instant receivedAt) {
}
