package com.caringmedical.clinic.question.submission;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import com.caringmedical.clinic.location.Location;
import com.caringmedical.clinic.notification.NotificationKind;
import com.caringmedical.clinic.notification.NotificationMailComposer;
import com.caringmedical.clinic.notification.NotificationsConfig;
import com.caringmedical.clinic.question.Question;
import com.caringmedical.clinic.question.QuestionRepository;

/**
 * The mails a question causes, written when the outbox relay sends them, from the Qute templates in
 * {@code templates/mail/}: a subject, a plain text and an HTML body (HTML templates escape every value). The
 * staff mail carries no contact details and, unless {@code clinic.notifications.include-question} is on, no
 * question text.
 */
@ApplicationScoped
class QuestionMails implements NotificationMailComposer {

    private static final DateTimeFormatter RECEIVED_AT =
            DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm zzz", Locale.US);

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance staffSubject(StaffNotice notice);

        static native TemplateInstance staffText(StaffNotice notice);

        static native TemplateInstance staffHtml(StaffNotice notice);

        static native TemplateInstance acknowledgementSubject(Acknowledgement acknowledgement);

        static native TemplateInstance acknowledgementText(Acknowledgement acknowledgement);

        static native TemplateInstance acknowledgementHtml(Acknowledgement acknowledgement);
    }

    /** What the staff mail may say about a question. */
    record StaffNotice(String reference, String shortReference, String firstName, String office, String receivedAt,
            String reviewUrl, String question) {
    }

    /** What the patient's acknowledgement may say: never the question. */
    record Acknowledgement(String reference, String firstName, String office, String officePhone) {
    }

    private final QuestionRepository questions;
    private final NotificationsConfig config;

    QuestionMails(QuestionRepository questions, NotificationsConfig config) {
        this.questions = questions;
        this.config = config;
    }

    @Override
    public Mail compose(NotificationKind kind, UUID subject, String recipient) {
        Question question = questions.findById(subject);
        return switch (kind) {
            case STAFF_NOTIFICATION -> staffMail(recipient, question);
            case PATIENT_ACKNOWLEDGEMENT -> acknowledgement(question);
        };
    }

    private Mail staffMail(String inbox, Question question) {
        Location office = question.location();
        StaffNotice notice = new StaffNotice(question.id().toString(), question.id().toString().substring(0, 8),
                question.erasedAt() == null ? question.firstName() : "(erased on request)",
                office == null ? "No office chosen" : office.name(),
                RECEIVED_AT.format(question.receivedAt().atZone(zoneOf(office))), config.reviewUrl(),
                config.includeQuestion() ? question.text() : null);
        return new Mail()
                .addTo(inbox)
                .setSubject(oneLine(Templates.staffSubject(notice).render()))
                .setText(Templates.staffText(notice).render())
                .setHtml(Templates.staffHtml(notice).render());
    }

    private Mail acknowledgement(Question question) {
        Location office = question.location();
        Acknowledgement acknowledgement = new Acknowledgement(question.id().toString(), question.firstName(),
                office == null ? null : office.name(), office == null ? null : office.phone());
        return new Mail()
                .addTo(question.email())
                .setSubject(oneLine(Templates.acknowledgementSubject(acknowledgement).render()))
                .setText(Templates.acknowledgementText(acknowledgement).render())
                .setHtml(Templates.acknowledgementHtml(acknowledgement).render());
    }

    private static ZoneId zoneOf(Location office) {
        return office == null ? ZoneOffset.UTC : ZoneId.of(office.timeZone());
    }

    /** A header value is one line, whatever the template produced. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
