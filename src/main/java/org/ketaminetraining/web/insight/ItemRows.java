package org.ketaminetraining.web.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.ketaminetraining.insight.items.SrsMetrics;
import org.ketaminetraining.insight.service.InsightRow;

/**
 * The rows of the item table for a view: its module and "needs checking" filters and its sort. A withheld figure
 * sorts after every shown one in either direction, so the items with figures come first.
 */
final class ItemRows {

    private ItemRows() {
    }

    static List<InsightRow> of(List<InsightRow> rows, InsightView view) {
        List<InsightRow> chosen = rows.stream()
                .filter(row -> view.module() == null || row.moduleKey().equals(view.module()))
                .filter(row -> !view.flaggedOnly() || row.flagged())
                .toList();
        if (view.sort() == InsightView.Sort.BANK) {
            // The bank's own order (modules in programme order), or its reverse.
            if (view.ascending()) {
                return chosen;
            }
            List<InsightRow> reversed = new ArrayList<>(chosen);
            Collections.reverse(reversed);
            return reversed;
        }
        return chosen.stream().sorted(comparator(view.sort(), view.ascending())).toList();
    }

    private static Comparator<InsightRow> comparator(InsightView.Sort sort, boolean ascending) {
        Comparator<InsightRow> byKey = Comparator.comparing(InsightRow::questionKey);
        return switch (sort) {
            case BANK -> byKey;
            case ITEM -> ascending ? byKey : byKey.reversed();
            case RESPONSES -> ordered(Comparator.comparingInt(r -> r.statistics().responses()), ascending, byKey);
            case FLAGS -> ordered(Comparator.comparingInt(r -> r.flags().size()), ascending, byKey);
            case FACILITY -> figure(r -> r.statistics().facility(), ascending, byKey);
            case DISCRIMINATION -> figure(r -> r.statistics().discrimination(), ascending, byKey);
            case EFFICIENCY -> figure(r -> r.statistics().discriminativeEfficiency(), ascending, byKey);
            case FIRST_TRY -> figure(r -> metric(r, SrsMetrics::firstTryAccuracy), ascending, byKey);
            case LAPSES -> figure(r -> metric(r, SrsMetrics::lapseRate), ascending, byKey);
            case CONFIDENTLY_WRONG -> figure(r -> metric(r, SrsMetrics::confidentlyWrongRate), ascending, byKey);
        };
    }

    private static Comparator<InsightRow> ordered(Comparator<InsightRow> order, boolean ascending,
            Comparator<InsightRow> tie) {
        return (ascending ? order : order.reversed()).thenComparing(tie);
    }

    private static Comparator<InsightRow> figure(Function<InsightRow, OptionalDouble> value, boolean ascending,
            Comparator<InsightRow> tie) {
        return (a, b) -> {
            OptionalDouble x = value.apply(a);
            OptionalDouble y = value.apply(b);
            if (x.isEmpty() || y.isEmpty()) {
                return x.isEmpty() && y.isEmpty() ? tie.compare(a, b) : x.isEmpty() ? 1 : -1;
            }
            int compared = Double.compare(x.getAsDouble(), y.getAsDouble());
            return compared != 0 ? (ascending ? compared : -compared) : tie.compare(a, b);
        };
    }

    static OptionalDouble metric(InsightRow row, Function<SrsMetrics, OptionalDouble> figure) {
        Optional<SrsMetrics> metrics = row.metrics();
        return metrics.isPresent() ? figure.apply(metrics.get()) : OptionalDouble.empty();
    }
}
