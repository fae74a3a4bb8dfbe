package org.ketaminetraining.certification.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.compliance.RecallHeatmap;

/**
 * The knowledge-decay heatmap of one programme: departments down, modules across.
 *
 * @param programmes  every programme, to choose from
 * @param programmeId the programme shown; empty when the bank has none
 * @param today       the day "now" is
 * @param later       the day the second figure predicts, {@link #DAYS_AHEAD} days on
 * @param cells       per department (in {@code departments} order), per module (in {@code modules} order)
 */
public record RecallMap(List<Choice> programmes, Optional<String> programmeId, LocalDate today, LocalDate later,
        List<Choice> departments, List<Choice> modules, List<RecallHeatmap.Cell> cells) {

    /** How far ahead the second figure looks. */
    public static final int DAYS_AHEAD = 30;

    public RecallMap {
        programmes = List.copyOf(programmes);
        Objects.requireNonNull(programmeId, "programmeId");
        departments = List.copyOf(departments);
        modules = List.copyOf(modules);
        cells = List.copyOf(cells);
    }

    /** A department, module or programme: its key and its name. */
    public record Choice(String key, String name) {
    }

    /** The cell of one department and module. */
    public Optional<RecallHeatmap.Cell> cell(String departmentCode, String moduleKey) {
        return cells.stream().filter(c -> c.departmentCode().equals(departmentCode)
                && c.moduleKey().equals(moduleKey)).findFirst();
    }
}
