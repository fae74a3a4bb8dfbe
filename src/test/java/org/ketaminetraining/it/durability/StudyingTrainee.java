package org.ketaminetraining.it.durability;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ketaminetraining.bank.model.Question;

/**
 * A trainee who studies the main programme without end: opens /study, answers whatever is shown (any well-formed
 * answer), and records each answer as acknowledged once the page with its feedback arrived. A question that was on
 * screen when the server died, and whose answer never left, must be the one shown after the restart: its
 * presentation is open in the database.
 */
class StudyingTrainee extends Trainee {

    private String mustResume;

    StudyingTrainee(String username, int number, TraineeAccounts accounts, ServerGate gate, Ledger ledger,
            AnswerForms forms, long seed) {
        super(username, number, accounts, gate, ledger, forms, seed);
    }

    @Override
    void step() throws IOException, InterruptedException {
        Document page = get("study");
        Optional<Element> fieldset = AnswerForms.fieldset(page);
        if (fieldset.isEmpty()) {
            // Nothing due now (or study paused): wait for a learning step to fall due.
            Thread.sleep(500);
            return;
        }
        Question shown = forms.shown(fieldset.get());
        checkResumed(shown);
        answer(fieldset.get(), shown);
        think();
        Post post = post(fieldset.get().closest("form"), Map.of());
        switch (post.sent()) {
            case NOT_SENT -> {
                mustResume = shown.id();
                throw lost();
            }
            case LOST -> {
                ledger.studied(username, shown.id(), false);
                throw lost();
            }
            case ARRIVED -> {
                Document feedback = post.page().page();
                boolean acknowledged = feedback.selectFirst("#feedback-result") != null;
                ledger.studied(username, shown.id(), acknowledged);
                if (!acknowledged) {
                    ledger.problem(username + ": no feedback for " + shown.id() + " (" + post.page().status()
                            + "): " + feedback.select("main").text());
                } else if (feedback.text().contains("This answer was already recorded")) {
                    ledger.problem(username + ": a first answer to " + shown.id() + " was called already recorded");
                }
            }
        }
    }

    void answer(Element fieldset, Question shown) {
        AnswerForms.fillAnyhow(fieldset, random);
    }

    private void checkResumed(Question shown) {
        if (mustResume == null) {
            return;
        }
        if (mustResume.equals(shown.id())) {
            ledger.resumedPresentation();
        } else {
            ledger.problem(username + ": " + mustResume + " was on screen when the server died, unanswered, but "
                    + shown.id() + " was shown after the restart");
        }
        mustResume = null;
    }
}
