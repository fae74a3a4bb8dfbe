package org.ketaminetraining.it;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.service.AttemptResult;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.AnswerSubmission;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.PresentedQuestion;
import org.ketaminetraining.study.service.StudyService;

/**
 * Trainees of the demo programme (minimum spacing 0, five items), which the integration server loads because it
 * runs in demo mode, taken through the real services the way a trainee earns a certificate: study every item,
 * then pass the assessment. For tests that run inside the server.
 */
final class DemoCertificates {

    static final String DEMO_PROGRAMME = "demo-ketamine-essentials";

    private final Callers callers;
    private final AccountService accounts;
    private final StudyService study;
    private final AssessmentService assessments;

    DemoCertificates(Callers callers, AccountService accounts, StudyService study,
            AssessmentService assessments) {
        this.callers = callers;
        this.accounts = accounts;
        this.study = study;
        this.assessments = assessments;
    }

    /** A new department, so that a test's people are its own. */
    String department() {
        String code = "cert-" + Long.toString(System.nanoTime(), 36);
        accounts.createDepartment(callers.admin(), code, "Ward " + code);
        return code;
    }

    /** A new trainee of the department, studying the demo programme. */
    long newTrainee(String department) {
        return newTrainee(department, null);
    }

    /**
     * A new trainee of the department, studying the demo programme, named {@code displayName} (or "Zoë Trainee"
     * and letters unique to the run when null).
     */
    long newTrainee(String department, String displayName) {
        String username = "cert." + Long.toString(System.nanoTime(), 36);
        long id = accounts.create(callers.admin(), new AccountDetails(username,
                displayName == null ? Callers.uniqueName("Zoë Trainee") : displayName, null,
                Set.of(Role.TRAINEE), Set.of(department), Set.of())).accountId();
        study.settings(id);
        study.saveSettings(id, new LearnerSettings(20, ZoneId.of("Europe/London"), true, DEMO_PROGRAMME));
        return id;
    }

    /** Answers every question the study queue offers now, correctly, until it offers none. */
    void studyEverythingCorrectly(long trainee) {
        for (int i = 0; i < 100; i++) {
            Optional<PresentedQuestion> shown = study.currentQuestion(trainee);
            if (shown.isEmpty()) {
                return;
            }
            study.submit(trainee, new AnswerSubmission(shown.get().token(),
                    SampleAnswers.correct(shown.get().question()), Confidence.HIGH));
        }
    }

    void answerAll(long trainee, String token, boolean correctly) {
        AttemptView attempt = assessments.attempt(trainee, token).orElseThrow();
        for (AttemptView.Item item : attempt.items()) {
            Response answer = correctly ? SampleAnswers.correct(item.question())
                    : SampleAnswers.wrong(item.question());
            assessments.saveAnswer(trainee, token, item.position(), Optional.of(answer));
        }
    }

    /** Studies the demo programme and passes its assessment; the certificate's code. */
    String certify(long trainee) {
        studyEverythingCorrectly(trainee);
        String token = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        answerAll(trainee, token, true);
        AttemptResult result = assessments.submit(trainee, token);
        if (!result.passed()) {
            throw new AssertionError("answering every item correctly should pass");
        }
        return result.certificateCode().orElseThrow();
    }
}
