package com.caringmedical.clinic.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * How the packages may depend on each other, checked on the compiled classes (ArchUnit), so that a cycle fails
 * the build rather than a review. Features (article, location, question, ...) depend on the shared packages and
 * on features below them, never in a circle; the shared packages (web, editing, schemaorg, database, body) know no feature, and
 * web's parts (problem, paging, caching, http, outbound, openapi) form no circle either; the mail outbox knows nothing of
 * questions (they hand it a subject id and write their own mails). Within {@code question}, the record itself
 * knows none of the jobs done with it (submission, review, retention), and taking questions in knows nothing of
 * reviewing or keeping them.
 */
class DependencyRulesTest {

    private static final String[] FEATURES = { "..clinic.article..", "..clinic.author..", "..clinic.location..",
            "..clinic.media..", "..clinic.notification..",
            "..clinic.question..", "..clinic.reference..", "..clinic.search..", "..clinic.staff..", "..clinic.treatment..",
            "..clinic.redirect..", "..clinic.wordpress..", "..clinic.revision..", "..clinic.schedule..",
            "..clinic.sync..", "..clinic.syndication..", "..clinic.webhook..", "..clinic.preview..", "..clinic.staging.." };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.caringmedical.clinic");

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("com.caringmedical.clinic.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void theWebPartsDependOnEachOtherWithoutCycles() {
        slices().matching("com.caringmedical.clinic.web.(*)..").namingSlices("web.$1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void sharedPackagesKnowNoFeature() {
        noClasses().that().resideInAnyPackage("..clinic.web..", "..clinic.editing..", "..clinic.schemaorg..",
                        "..clinic.database..", "..clinic.body..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(CLASSES);
    }

    @Test
    void theQuestionJobsDependOnEachOtherWithoutCycles() {
        slices().matching("com.caringmedical.clinic.question.(*)..").namingSlices("question.$1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void theQuestionRecordKnowsNoneOfTheJobsDoneWithIt() {
        noClasses().that().resideInAPackage("com.caringmedical.clinic.question")
                .should().dependOnClassesThat().resideInAnyPackage("..clinic.question.submission..",
                        "..clinic.question.review..", "..clinic.question.retention..")
                .check(CLASSES);
    }

    @Test
    void takingQuestionsInKnowsNothingOfReviewingOrKeepingThem() {
        noClasses().that().resideInAPackage("..clinic.question.submission..")
                .should().dependOnClassesThat().resideInAnyPackage("..clinic.question.review..",
                        "..clinic.question.retention..")
                .check(CLASSES);
    }

    @Test
    void theOutboxKnowsNothingOfQuestions() {
        noClasses().that().resideInAPackage("..clinic.notification..")
                .should().dependOnClassesThat().resideInAPackage("..clinic.question..")
                .check(CLASSES);
    }
}
