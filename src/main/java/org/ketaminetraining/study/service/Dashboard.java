package org.ketaminetraining.study.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.study.PredictedRecall;

/**
 * A trainee's home page.
 *
 * @param programmeTitle    the programme they study for
 * @param today             the current study day in the learner's time zone
 * @param outlook           due now, due later today and the new questions left today, as study sees them
 * @param streakDays        study days in a row up to today (or up to yesterday when today has no review yet)
 * @param modules           per required module, in programme order
 * @param nextSevenDays     reviews falling due on each of the next seven study days, today first: today is the
 *                          outlook's due now plus due later today (so it includes what is overdue)
 * @param certification     progress toward the programme's final assessment
 */
public record Dashboard(
        String programmeTitle,
        LocalDate today,
        StudyOutlook outlook,
        int streakDays,
        List<ModuleProgress> modules,
        List<DayForecast> nextSevenDays,
        CertificationProgress certification) {

    public Dashboard {
        Objects.requireNonNull(programmeTitle, "programmeTitle");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(outlook, "outlook");
        modules = List.copyOf(modules);
        nextSevenDays = List.copyOf(nextSevenDays);
        Objects.requireNonNull(certification, "certification");
    }

    /**
     * One module's progress.
     *
     * @param recall predicted recall today ({@link PredictedRecall})
     */
    public record ModuleProgress(String moduleId, String title, int items, int studied, int learned,
            PredictedRecall.ModuleRecall recall) {
        public ModuleProgress {
            Objects.requireNonNull(moduleId, "moduleId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(recall, "recall");
        }

        /** Share of the module's items learned, 0 to 1 (0 for an empty module). */
        public double learnedShare() {
            return items == 0 ? 0 : (double) learned / items;
        }
    }

    /** Reviews due on one study day. */
    public record DayForecast(LocalDate day, int due) {
        public DayForecast {
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * @param requiredModules modules the programme requires
     * @param completeModules of those, modules with every item learned
     * @param items           items in the required modules
     * @param learnedItems    of those, items learned (correct on a later day than first studied)
     */
    public record CertificationProgress(int requiredModules, int completeModules, int items, int learnedItems) {
        /** The final assessment unlocks when every required module is complete. */
        public boolean assessmentUnlocked() {
            return requiredModules > 0 && completeModules == requiredModules;
        }

        public double learnedShare() {
            return items == 0 ? 0 : (double) learnedItems / items;
        }
    }
}
