package org.ketaminetraining.certification.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;

/**
 * An attempt as the learner sees it while taking it: every item with its saved answer and flag, and the deadline.
 * Nothing here says whether an answer is right: feedback is deferred until submission.
 *
 * @param timedOut the time ran out before the attempt was submitted: it is over, and is submitted with the answers
 *                 saved in time by the next write ({@link AssessmentService#finishTimedOut})
 */
public record AttemptView(String token, String programmeId, String programmeTitle, boolean renewal,
        Instant startedAt, Optional<Instant> deadline, boolean submitted, boolean timedOut, List<Item> items) {

    public AttemptView {
        items = List.copyOf(items);
    }

    /** No answer can change any more: the attempt was submitted or its time ran out. */
    public boolean over() {
        return submitted || timedOut;
    }

    public long answeredCount() {
        return items.stream().filter(item -> item.response().isPresent()).count();
    }

    public Item item(int position) {
        return items.stream().filter(item -> item.position() == position).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + position + " in this attempt"));
    }

    /**
     * One item: its position (1-based, as shown), the question at the revision drawn, the order to show its
     * options (shuffled reproducibly per attempt), and the learner's saved answer and flag.
     */
    public record Item(int position, String questionId, String moduleId, String moduleTitle, Question question,
            List<Integer> displayOrder, Optional<Response> response, boolean flagged) {

        public Item {
            displayOrder = List.copyOf(displayOrder);
        }
    }
}
