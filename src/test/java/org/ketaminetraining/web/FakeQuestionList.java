package org.ketaminetraining.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.service.authoring.QuestionPage;
import org.ketaminetraining.bank.service.authoring.QuestionQuery;
import org.ketaminetraining.bank.service.authoring.QuestionRow;
import org.ketaminetraining.bank.service.authoring.QuestionStatus;
import org.ketaminetraining.web.FakeAuthoring.Entry;

/** The question list of {@link FakeAuthoring}: filters, order and window, as the contract describes them. */
final class FakeQuestionList {

    private FakeQuestionList() {
    }

    static QuestionPage page(Collection<Entry> entries, QuestionQuery query) {
        List<Entry> matching = entries.stream().filter(e -> matches(e, query)).sorted(order(query)).toList();
        List<QuestionRow> rows = matching.stream().skip(query.offset()).limit(query.limit())
                .map(FakeQuestionList::row).toList();
        return new QuestionPage(rows, matching.size());
    }

    private static boolean matches(Entry e, QuestionQuery q) {
        DraftQuestion c = e.current();
        String text = searchText(c);
        return (q.moduleKey() == null || q.moduleKey().equals(e.module))
                && Stream.of(q.text().toLowerCase(Locale.ROOT).split("\\s+")).allMatch(text::contains)
                && (q.type() == null || q.type() == c.type())
                && (q.tag().isEmpty() || c.tags().contains(q.tag()))
                && (q.safetyCritical() == null || q.safetyCritical() == c.tags().contains(Question.SAFETY_CRITICAL_TAG))
                && (q.status() == null || hasStatus(e, q.status()));
    }

    private static boolean hasStatus(Entry e, QuestionStatus status) {
        return switch (status) {
            case DRAFT -> FakeAuthoring.status(e) == DraftStatus.DRAFT;
            case IN_REVIEW -> FakeAuthoring.status(e) == DraftStatus.IN_REVIEW;
            case PUBLISHED -> e.published() > 0 && !e.retired;
            case RETIRED -> e.retired;
        };
    }

    private static String searchText(DraftQuestion c) {
        List<String> parts = new ArrayList<>(List.of(c.stem()));
        c.options().forEach(o -> parts.add(o.text()));
        c.pairs().forEach(p -> parts.addAll(List.of(p.left(), p.right())));
        parts.addAll(c.orderingItems());
        parts.addAll(c.accepted());
        return String.join(" ", parts).toLowerCase(Locale.ROOT);
    }

    private static Comparator<Entry> order(QuestionQuery q) {
        Comparator<Entry> by = switch (q.sort()) {
            case ID -> Comparator.comparing(e -> e.key);
            case TYPE -> Comparator.comparing((Entry e) -> e.current().type()).thenComparing(e -> e.key);
            case STATUS -> Comparator.comparing((Entry e) -> e.retired).thenComparing(e -> e.key);
            case LAST_CHANGED -> Comparator.comparing((Entry e) -> e.lastChanged).thenComparing(e -> e.key);
        };
        return q.descending() ? by.reversed() : by;
    }

    private static QuestionRow row(Entry e) {
        DraftQuestion c = e.current();
        String stem = c.stem().length() > 160 ? c.stem().substring(0, 160) : c.stem();
        return new QuestionRow(e.key, e.module, c.type(), stem, c.tags(),
                c.tags().contains(Question.SAFETY_CRITICAL_TAG), e.published(), e.retired,
                Optional.ofNullable(FakeAuthoring.status(e)), e.lastChanged);
    }
}
