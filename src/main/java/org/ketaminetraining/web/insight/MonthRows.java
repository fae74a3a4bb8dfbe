package org.ketaminetraining.web.insight;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ketaminetraining.insight.service.ItemInsightDetail;
import org.ketaminetraining.insight.trend.MonthlyAccuracy;

/** An item's study and assessment accuracy side by side, one row per month from the first to the last of either. */
final class MonthRows {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private MonthRows() {
    }

    record Row(YearMonth month, Optional<MonthlyAccuracy.Month> study, Optional<MonthlyAccuracy.Month> assessment) {
    }

    static List<Row> of(ItemInsightDetail detail) {
        List<MonthlyAccuracy.Month> study = detail.studyAccuracy();
        List<MonthlyAccuracy.Month> assessment = detail.assessmentAccuracy();
        YearMonth first = null;
        YearMonth last = null;
        for (List<MonthlyAccuracy.Month> months : List.of(study, assessment)) {
            if (!months.isEmpty()) {
                YearMonth a = months.get(0).month();
                YearMonth b = months.get(months.size() - 1).month();
                first = first == null || a.isBefore(first) ? a : first;
                last = last == null || b.isAfter(last) ? b : last;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (YearMonth month = first; month != null && !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth wanted = month;
            rows.add(new Row(month, study.stream().filter(m -> m.month().equals(wanted)).findFirst(),
                    assessment.stream().filter(m -> m.month().equals(wanted)).findFirst()));
        }
        return rows;
    }

    static String words(YearMonth month) {
        return WORDS.format(month);
    }
}
