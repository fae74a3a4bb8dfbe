package org.ketaminetraining.web.insight;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * What the item analysis pages show, as it stands in the URL: {@code programme}, {@code module}, {@code item} (a
 * question key), {@code attempts=all} (every attempt, not each person's first), {@code flagged=1} (only items that
 * need checking), {@code sort} and {@code dir}. Values too long to be ids are dropped, unreadable sorts mean the
 * default (the bank's order).
 */
record InsightView(String programme, String module, String item, boolean allAttempts, boolean flaggedOnly,
        Sort sort, boolean ascending) implements Serializable {

    /** Longer than any programme, module or question key the bank allows. */
    private static final int MAX_ID = 100;

    /** The columns the item table can be sorted by. */
    enum Sort {
        BANK, ITEM, RESPONSES, FACILITY, DISCRIMINATION, EFFICIENCY, FIRST_TRY, LAPSES, CONFIDENTLY_WRONG, FLAGS;

        /** The first order a click on this column gives: the end where problems are (low figures, many flags). */
        boolean firstAscending() {
            return this != FLAGS && this != LAPSES && this != CONFIDENTLY_WRONG && this != RESPONSES;
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Sort of(String text) {
            return Arrays.stream(values()).filter(s -> s.parameter().equals(text)).findFirst().orElse(BANK);
        }
    }

    static InsightView of(PageParameters parameters) {
        return new InsightView(id(parameters, "programme"), id(parameters, "module"), id(parameters, "item"),
                "all".equals(parameters.get("attempts").toString("")),
                "1".equals(parameters.get("flagged").toString("")),
                Sort.of(parameters.get("sort").toString("")), !"desc".equals(parameters.get("dir").toString("")));
    }

    private static String id(PageParameters parameters, String name) {
        String value = parameters.get(name).toString("").strip();
        return value.isEmpty() || value.length() > MAX_ID ? null : value;
    }

    Optional<String> programmeId() {
        return Optional.ofNullable(programme);
    }

    InsightView withProgramme(String value) {
        return new InsightView(value, null, null, allAttempts, flaggedOnly, sort, ascending);
    }

    InsightView withModule(String value) {
        return new InsightView(programme, value, item, allAttempts, flaggedOnly, sort, ascending);
    }

    InsightView withItem(String value) {
        return new InsightView(programme, module, value, allAttempts, flaggedOnly, sort, ascending);
    }

    InsightView withAllAttempts(boolean value) {
        return new InsightView(programme, module, item, value, flaggedOnly, sort, ascending);
    }

    InsightView withFlaggedOnly(boolean value) {
        return new InsightView(programme, module, item, allAttempts, value, sort, ascending);
    }

    InsightView sortedBy(Sort value, boolean asc) {
        return new InsightView(programme, module, item, allAttempts, flaggedOnly, value, asc);
    }

    /** The URL of this view; defaults are left out. */
    PageParameters parameters() {
        PageParameters parameters = new PageParameters();
        if (programme != null) {
            parameters.add("programme", programme);
        }
        if (module != null) {
            parameters.add("module", module);
        }
        if (item != null) {
            parameters.add("item", item);
        }
        if (allAttempts) {
            parameters.add("attempts", "all");
        }
        if (flaggedOnly) {
            parameters.add("flagged", "1");
        }
        if (sort != Sort.BANK) {
            parameters.add("sort", sort.parameter());
        }
        if (!ascending) {
            parameters.add("dir", "desc");
        }
        return parameters;
    }
}
