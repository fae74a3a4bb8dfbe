package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ketaminetraining.bank.authoring.FieldProblem;
import org.ketaminetraining.bank.authoring.ReviewDecision;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.StoredQuestion;
import org.ketaminetraining.config.AppSettings;

/** The refusals every authoring step shares, worded for the educator, with times in the organisation's zone. */
@ApplicationScoped
public class Refusals {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    private WebPublication bank;
    @Inject
    private AppSettings settings;

    /** The question, or a refusal naming the id. */
    public StoredQuestion question(String questionKey) {
        return bank.question(questionKey)
                .orElseThrow(() -> new AuthoringRefusal("There is no question " + questionKey + "."));
    }

    /** Refuses with the decision's reason when the rules say no. */
    public void unless(ReviewDecision decision) {
        unless(decision, List.of());
    }

    public void unless(ReviewDecision decision, List<FieldProblem> problems) {
        if (decision.refused()) {
            throw new AuthoringRefusal(decision.reason(), problems);
        }
    }

    /** Refuses a step that read an older version of the draft than the stored one. */
    public void requireVersion(QuestionDraft draft, long expectedVersion) {
        if (draft.getVersion() != expectedVersion) {
            throw new AuthoringRefusal("This draft was changed by " + draft.getUpdatedBy() + " at "
                    + when(draft.getUpdatedAt()) + " since you opened it. Open it again to see their change, then "
                    + "repeat yours.");
        }
    }

    public String when(Instant at) {
        return WHEN.format(at.atZone(settings.zone()));
    }
}
