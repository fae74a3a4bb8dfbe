package org.ketaminetraining.web.author;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.service.authoring.QuestionQuery;
import org.ketaminetraining.bank.service.authoring.QuestionQuery.Sort;
import org.ketaminetraining.bank.service.authoring.QuestionStatus;

/**
 * What the question list shows, as it stands in the URL, so that a filtered list is a link to bookmark or send:
 * {@code module}, {@code q} (words to find), {@code type} ({@code single_choice}, as the files write it), {@code tag},
 * {@code status} ({@code in-review}), {@code safety} ({@code yes} or {@code no}), {@code sort}
 * ({@code last-changed}), {@code dir} ({@code desc}) and {@code page} (from 1). A value that cannot be read means
 * "any" (or the default order and first page); every value is bounded before it is read, and defaults are left out
 * of the URLs made here.
 *
 * @param moduleKey null for every module
 * @param safetyCritical null for both
 */
record QuestionFilter(String moduleKey, String text, QuestionType type, String tag, QuestionStatus status,
        Boolean safetyCritical, Sort sort, boolean descending, int page) implements Serializable {

    static final int PAGE_SIZE = 25;
    /** Far beyond any real bank; keeps the first row's index well inside an int. */
    private static final int MAX_PAGE = 100_000;
    /** Longer than any module key or tag id the bank allows; a longer value is not read. */
    static final int MAX_KEY = 64;

    QuestionFilter {
        text = text == null ? "" : text.strip();
        tag = tag == null ? "" : tag.strip();
        sort = sort == null ? Sort.ID : sort;
    }

    /** Every question of every module, by id. */
    static QuestionFilter everything() {
        return new QuestionFilter(null, "", null, "", null, null, Sort.ID, false, 1);
    }

    static QuestionFilter of(PageParameters parameters) {
        String module = bounded(parameters, "module", MAX_KEY);
        String text = bounded(parameters, "q", QuestionQuery.MAX_TEXT);
        QuestionType type = QuestionType.fromYamlName(bounded(parameters, "type", MAX_KEY)).orElse(null);
        QuestionStatus status = parse(QuestionStatus.values(), bounded(parameters, "status", MAX_KEY)).orElse(null);
        String safety = bounded(parameters, "safety", MAX_KEY);
        Boolean safetyCritical = "yes".equals(safety) ? Boolean.TRUE : "no".equals(safety) ? Boolean.FALSE : null;
        Sort sort = parse(Sort.values(), bounded(parameters, "sort", MAX_KEY)).orElse(Sort.ID);
        boolean descending = "desc".equals(bounded(parameters, "dir", MAX_KEY));
        String pageText = bounded(parameters, "page", 7);
        int page = pageText.matches("[0-9]{1,7}") ? Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(pageText))) : 1;
        return new QuestionFilter(module.isEmpty() ? null : module, text, type, bounded(parameters, "tag", MAX_KEY),
                status, safetyCritical, sort, descending, page);
    }

    /** The parameter's value, stripped; empty when missing or longer than {@code max} (then it is not read at all). */
    private static String bounded(PageParameters parameters, String name, int max) {
        String value = parameters.get(name).toString("");
        return value.length() > max ? "" : value.strip();
    }

    PageParameters parameters() {
        PageParameters p = new PageParameters();
        module().ifPresent(m -> p.add("module", m));
        if (!text.isEmpty()) {
            p.add("q", text);
        }
        if (type != null) {
            p.add("type", type.yamlName());
        }
        if (!tag.isEmpty()) {
            p.add("tag", tag);
        }
        if (status != null) {
            p.add("status", urlName(status));
        }
        if (safetyCritical != null) {
            p.add("safety", safetyCritical ? "yes" : "no");
        }
        if (sort != Sort.ID) {
            p.add("sort", urlName(sort));
        }
        if (descending) {
            p.add("dir", "desc");
        }
        if (page > 1) {
            p.add("page", page);
        }
        return p;
    }

    Optional<String> module() {
        return Optional.ofNullable(moduleKey);
    }

    /** The same module with other filters, from the first page; the order stays. */
    QuestionFilter withFilters(String newText, QuestionType newType, String newTag, QuestionStatus newStatus,
            Boolean newSafety) {
        return new QuestionFilter(moduleKey, newText, newType, newTag, newStatus, newSafety, sort, descending, 1);
    }

    /** Another module (null: all) with no other filter. */
    static QuestionFilter ofModule(String module) {
        return new QuestionFilter(module, "", null, "", null, null, Sort.ID, false, 1);
    }

    /** The review queue: every draft waiting for review, oldest change first. */
    static QuestionFilter reviewQueue() {
        return new QuestionFilter(null, "", null, "", QuestionStatus.IN_REVIEW, null, Sort.LAST_CHANGED, false, 1);
    }

    /** Sorted by the column, ascending; the column already sorted by turns round. Back to the first page. */
    QuestionFilter sortedBy(Sort column) {
        return new QuestionFilter(moduleKey, text, type, tag, status, safetyCritical, column,
                column == sort && !descending, 1);
    }

    QuestionFilter atPage(int number) {
        return new QuestionFilter(moduleKey, text, type, tag, status, safetyCritical, sort, descending, number);
    }

    boolean filtersAnything() {
        return !text.isEmpty() || type != null || !tag.isEmpty() || status != null || safetyCritical != null;
    }

    QuestionQuery pageQuery() {
        return rowsQuery((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    QuestionQuery rowsQuery(int first, int count) {
        return new QuestionQuery(moduleKey, text, type, tag, status, safetyCritical, sort, descending, first,
                Math.max(1, Math.min(count, QuestionQuery.MAX_LIMIT)));
    }

    static String urlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> Optional<E> parse(E[] values, String text) {
        return Arrays.stream(values).filter(v -> urlName(v).equals(text.toLowerCase(Locale.ROOT))).findFirst();
    }
}
