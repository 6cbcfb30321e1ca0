package com.caringmedical.clinic.question.submission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ALTCHA challenge, field for field as the ALTCHA widget reads it from its challenge URL. */
@Schema(name = "Challenge", description = "ALTCHA proof-of-work challenge. Find the number n (0 ≤ n ≤ maxnumber) for "
        + "which hex(SHA-256(salt + n)) equals challenge, then send base64 of the JSON object {algorithm, challenge, "
        + "number, salt, signature} as the form field 'altcha'. The ALTCHA widget does all of this itself.")
public record ChallengeView(
        @Schema(description = "Hash algorithm.", examples = "SHA-256") String algorithm,
        @Schema(description = "The hash to find, hex.",
                examples = "4b2a7a2f0c1e5d9f8e7b6a5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b") String challenge,
        @Schema(description = "Largest number to try.", examples = "100000") long maxnumber,
        @Schema(description = "Salt, carrying the expiry time; use it exactly as given.",
                examples = "5f1d3c8a9b2e7f4a6c0d1e2f?expires=1795532400&") String salt,
        @Schema(description = "The server's signature of the challenge; send it back unchanged.",
                examples = "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b") String signature) {
}
