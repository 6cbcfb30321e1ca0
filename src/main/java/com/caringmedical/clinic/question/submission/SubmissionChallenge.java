package com.caringmedical.clinic.question.submission;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.altcha.altcha.Altcha;

import io.quarkus.runtime.Startup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import com.caringmedical.clinic.question.QuestionsConfig;

/**
 * ALTCHA proof of work (org.altcha:altcha creates and checks the challenges): a form must carry the solution of
 * a challenge this service signed, not yet expired and not used before. Used solutions are recorded in PostgreSQL
 * until they would have expired anyway, so a replay is caught whichever instance receives it.
 */
@Startup
@ApplicationScoped
class SubmissionChallenge {

    private static final String NOT_ISSUED_HERE =
            "The solution in 'altcha' does not solve a challenge issued by this service.";

    private final QuestionsConfig.Challenge config;
    private final String hmacKey;
    private final EntityManager entityManager;
    private final ObjectReader payloadReader;

    SubmissionChallenge(QuestionsConfig config, EntityManager entityManager, ObjectMapper mapper) {
        this.config = config.challenge();
        this.hmacKey = this.config.hmacKey().orElse(null);
        if (this.config.enabled() && hmacKey == null) {
            throw new IllegalStateException("clinic.questions.challenge.hmac-key (environment variable "
                    + "CLINIC_QUESTIONS_CHALLENGE_HMAC_KEY) must be set while the challenge is enabled.");
        }
        this.entityManager = entityManager;
        this.payloadReader = mapper.readerFor(Altcha.Payload.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    boolean enabled() {
        return config.enabled();
    }

    ChallengeView issue() {
        Altcha.ChallengeOptions options = new Altcha.ChallengeOptions()
                .setAlgorithm(Altcha.Algorithm.SHA256)
                .setMaxNumber(config.maxNumber())
                .setSecureRandomNumber(true)
                .setExpiresInSeconds(config.expiresIn().toSeconds())
                .setHmacKey(hmacKey);
        try {
            Altcha.Challenge challenge = Altcha.createChallenge(options);
            return new ChallengeView(challenge.algorithm, challenge.challenge, challenge.maxnumber, challenge.salt,
                    challenge.signature);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create an ALTCHA challenge", e);
        }
    }

    /** Checks signature and expiry; no database access. Throws {@link ChallengeRejected}. */
    Solved verify(String base64Payload) {
        if (base64Payload == null) {
            throw new ChallengeRejected("The form carries no solved challenge in the field 'altcha'. "
                    + "Get one from GET /questions/challenge.");
        }
        Altcha.Payload payload = decode(base64Payload);
        Instant expires = expiryOf(payload);
        if (!check(payload, false)) {
            throw new ChallengeRejected(NOT_ISSUED_HERE);
        }
        if (!check(payload, true)) {
            throw new ChallengeRejected("The challenge has expired. Get a new one from GET /questions/challenge.");
        }
        return new Solved(payload.signature, expires);
    }

    /** Records the solution as used, in the caller's transaction. Throws {@link ChallengeRejected} on a replay. */
    void spend(Solved solved) {
        int inserted = entityManager.createNativeQuery("""
                insert into spent_challenge (signature, expires_at) values (:signature, :expires)
                on conflict (signature) do nothing""")
                .setParameter("signature", solved.signature())
                .setParameter("expires", solved.expires())
                .executeUpdate();
        if (inserted == 0) {
            throw new ChallengeRejected("This challenge was already used. Get a new one from GET /questions/challenge.");
        }
    }

    /** Forgets used solutions whose challenge has expired: they would be refused as expired anyway. */
    int forgetExpired() {
        return entityManager.createNativeQuery("delete from spent_challenge where expires_at < now()").executeUpdate();
    }

    private Altcha.Payload decode(String base64Payload) {
        try {
            byte[] json = Base64.getDecoder().decode(base64Payload);
            Altcha.Payload payload = payloadReader.readValue(new String(json, StandardCharsets.UTF_8));
            if (payload == null || payload.algorithm == null || payload.challenge == null || payload.number == null
                    || payload.salt == null || payload.signature == null) {
                throw new IllegalArgumentException("incomplete payload");
            }
            return payload;
        } catch (Exception e) {
            throw new ChallengeRejected("The field 'altcha' is not a solution in the ALTCHA format "
                    + "(base64 of JSON with algorithm, challenge, number, salt and signature).");
        }
    }

    private static Instant expiryOf(Altcha.Payload payload) {
        try {
            Map<String, String> params = Altcha.extractParams(payload.salt);
            return Instant.ofEpochSecond(Long.parseLong(params.get("expires")));
        } catch (Exception e) {
            throw new ChallengeRejected(NOT_ISSUED_HERE);
        }
    }

    private boolean check(Altcha.Payload payload, boolean checkExpiry) {
        try {
            return Altcha.verifySolution(payload, hmacKey, checkExpiry);
        } catch (Exception e) {
            return false;
        }
    }

    /** A verified solution, identified by its signature, good until {@code expires}. */
    record Solved(String signature, Instant expires) {
    }
}
