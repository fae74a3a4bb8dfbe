package org.ketaminetraining.it.durability;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.it.WebClient.Answer;
import org.ketaminetraining.study.ResponseCodec;
import org.ketaminetraining.study.fixtures.SampleAnswers;

/**
 * A trainee of the demo programme (minimum spacing 0, so one right answer learns an item): studies every item
 * rightly, starts the final assessment, then saves answers to its items, right and wrong in turn, for as long as
 * the run lasts, and submits it at the end. The attempt stays open across every kill: after each restart its page
 * must open again at the item asked for, with the answers saved before.
 */
final class AssessedTrainee extends StudyingTrainee {

    private static final Pattern ATTEMPT = Pattern.compile("/assessment/attempt/([^/?]+)");
    private static final Pattern POSITION = Pattern.compile("Question (\\d+) of (\\d+)");

    private String token;
    private int items;
    private int position = 1;

    AssessedTrainee(String username, int number, TraineeAccounts accounts, ServerGate gate, Ledger ledger,
            AnswerForms forms, long seed) {
        super(username, number, accounts, gate, ledger, forms, seed);
    }

    @Override
    void step() throws IOException, InterruptedException {
        if (token == null) {
            studyOrStart();
        } else {
            saveOne();
        }
    }

    /** Right answers only, so that every item is learned on its first answer. */
    @Override
    void answer(Element fieldset, Question shown) {
        AnswerForms.fill(fieldset, SampleAnswers.correct(shown));
    }

    private void studyOrStart() throws IOException, InterruptedException {
        Document assessment = get("assessment");
        Element start = assessment.selectFirst("button[id^=start-assessment]");
        if (start == null) {
            super.step();
            return;
        }
        Post post = post(start.closest("form"), Map.of(start.attr("name"), ""));
        if (post.sent() != Sent.ARRIVED) {
            // Started or not, the assessment page offers the open attempt again after the restart.
            throw lost();
        }
        Matcher attempt = ATTEMPT.matcher(post.page().uri().getPath());
        if (!attempt.find()) {
            throw new AssertionError(username + ": starting the assessment led to " + post.page().uri() + ": "
                    + post.page().page().select("main").text());
        }
        token = attempt.group(1);
        items = itemCount(post.page().page());
    }

    private void saveOne() throws IOException, InterruptedException {
        Answer answer = getAnswer("assessment/attempt/" + token + "?item=" + position);
        Document page = answer.page();
        Optional<Element> fieldset = AnswerForms.fieldset(page);
        if (fieldset.isEmpty() || !answer.uri().getPath().contains("/attempt/" + token)) {
            throw new AssertionError(username + ": attempt " + token + " item " + position + " did not open: "
                    + answer.uri() + " " + page.select("main").text());
        }
        if (reconnected) {
            // The first page after a restart: the attempt is still open, with every saved answer kept.
            reconnected = false;
            ledger.resumedAttempt();
        }
        Question shown = forms.shown(fieldset.get());
        Response response = random.nextBoolean() ? SampleAnswers.correct(shown) : SampleAnswers.wrong(shown);
        AnswerForms.fill(fieldset.get(), response);
        think();
        Element save = page.selectFirst("#save-answer");
        Post post = post(fieldset.get().closest("form"), Map.of(save.attr("name"), ""));
        String encoded = ResponseCodec.encode(response);
        switch (post.sent()) {
            case NOT_SENT -> throw lost();
            case LOST -> {
                ledger.saved(username, new Ledger.AttemptSave(token, position, encoded, false));
                throw lost();
            }
            case ARRIVED -> {
                Matcher at = POSITION.matcher(post.page().page().select("#item-position").text());
                boolean acknowledged = post.page().status() == 200 && at.find()
                        && Integer.parseInt(at.group(1)) == position
                        && post.page().page().select(".answer-errors").text().isBlank();
                ledger.saved(username, new Ledger.AttemptSave(token, position, encoded, acknowledged));
                if (!acknowledged) {
                    ledger.problem(username + ": saving item " + position + " was not confirmed: "
                            + post.page().page().select("main").text());
                }
                position = position % items + 1;
            }
        }
    }

    /** Submits the attempt through its review page and the confirmation, as a trainee does; true when it worked. */
    boolean finish() throws IOException, InterruptedException {
        connect();
        if (token == null) {
            Document assessment = get("assessment");
            ledger.problem(username + " never started the assessment: " + assessment.select(".assessment-state")
                    .text() + " " + assessment.select(".assessment-reason").text() + "; study shows: "
                    + get("study").select("main").text());
            return false;
        }
        Document review = get("assessment/attempt/" + token + "/review");
        Element submit = review.selectFirst("#submit-assessment");
        Post asked = post(submit.closest("form"), Map.of());
        Element confirm = asked.page().page().selectFirst("#confirm-submit");
        Post confirmed = post(confirm.closest("form"), Map.of());
        boolean result = confirmed.sent() == Sent.ARRIVED
                && confirmed.page().uri().getPath().contains("/assessment/result/")
                && confirmed.page().page().selectFirst("#result-verdict") != null;
        if (result) {
            ledger.finished(username, token);
        }
        return result;
    }

    private static int itemCount(Document attempt) {
        Matcher at = POSITION.matcher(attempt.select("#item-position").text());
        if (!at.find()) {
            throw new AssertionError("no item position on the attempt page: " + attempt.select("main").text());
        }
        return Integer.parseInt(at.group(2));
    }
}
