package org.ketaminetraining.certification.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ketaminetraining.certification.rules.ComplianceCount;
import org.ketaminetraining.compliance.CompletionTrend;

/**
 * A manager's departments at a glance, or a page of them.
 *
 * @param today            the organisation's day the counts are for
 * @param departments      the departments of this page, by name
 * @param firstDepartment  the position of the first of them among all the caller oversees, from 0
 * @param totalDepartments how many departments the caller oversees in all
 */
public record DashboardOverview(LocalDate today, List<DepartmentOverview> departments, int firstDepartment,
        int totalDepartments) {

    public DashboardOverview {
        Objects.requireNonNull(today, "today");
        departments = List.copyOf(departments);
    }

    /** All the caller's departments on one page. */
    public DashboardOverview(LocalDate today, List<DepartmentOverview> departments) {
        this(today, departments, 0, departments.size());
    }

    /** One department, its programmes in bank order. */
    public record DepartmentOverview(String code, String name, List<ProgrammeOverview> programmes) {
        public DepartmentOverview {
            programmes = List.copyOf(programmes);
        }
    }

    /**
     * One programme in one department.
     *
     * @param people             trainees in the department (one report row each)
     * @param counts             every {@link ComplianceCount}, with how many rows fall in it (0 included)
     * @param trend              the completion rate of the last 12 months, oldest first
     * @param trendByAssignments true when the trend's people are those assigned the programme at each month's end,
     *                           false when the department has no assignment of it and its trainees are counted
     */
    public record ProgrammeOverview(String programmeId, String title, int people, Map<ComplianceCount, Integer> counts,
            List<CompletionTrend.Month> trend, boolean trendByAssignments) {
        public ProgrammeOverview {
            counts = Map.copyOf(counts);
            trend = List.copyOf(trend);
        }

        public int count(ComplianceCount count) {
            return counts.getOrDefault(count, 0);
        }
    }
}
