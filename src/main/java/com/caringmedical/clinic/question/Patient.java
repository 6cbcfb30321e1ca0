package com.caringmedical.clinic.question;

/** Who asked: the personal data a question holds besides the question itself, erased with it. */
public record Patient(String firstName, String lastName, String email, String phone) {
}
