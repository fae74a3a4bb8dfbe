package org.ketaminetraining.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.certification.service.ComplianceDashboard;
import org.ketaminetraining.certification.service.DashboardOverview;
import org.ketaminetraining.certification.service.PersonOverview;
import org.ketaminetraining.certification.service.RecallMap;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The dashboard in memory, scoped as the service scopes it: a manager gets the departments they manage (an
 * administrator all), a person only when one of the person's departments is theirs, and anyone else is refused.
 */
public class FakeComplianceDashboard implements ComplianceDashboard {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    public final Map<String, DashboardOverview.DepartmentOverview> departments = new LinkedHashMap<>();
    /** Person id to the person and the department they are in. */
    public final Map<Long, Map.Entry<String, PersonOverview>> people = new LinkedHashMap<>();
    /** Department code to its heatmap cells, for any programme asked. */
    public RecallMap heatmap = new RecallMap(List.of(), Optional.empty(), TODAY, TODAY.plusDays(30), List.of(),
            List.of(), List.of());
    public final List<Optional<String>> heatmapRequests = new ArrayList<>();

    /** One department with one programme, every count and a 12-month trend, as the page tests need them. */
    public static DashboardOverview.DepartmentOverview department(String code, String name, int expiring) {
        Map<org.ketaminetraining.certification.rules.ComplianceCount, Integer> counts = new java.util.EnumMap<>(
                org.ketaminetraining.certification.rules.ComplianceCount.class);
        for (var count : org.ketaminetraining.certification.rules.ComplianceCount.values()) {
            counts.put(count, count.ordinal());
        }
        counts.put(org.ketaminetraining.certification.rules.ComplianceCount.EXPIRING_30, expiring);
        List<org.ketaminetraining.compliance.CompletionTrend.Month> trend = new ArrayList<>();
        for (LocalDate end : org.ketaminetraining.compliance.CompletionTrend.monthEnds(TODAY)) {
            trend.add(new org.ketaminetraining.compliance.CompletionTrend.Month(java.time.YearMonth.from(end), end,
                    10, end.getMonthValue() % 10));
        }
        return new DashboardOverview.DepartmentOverview(code, name, List.of(new DashboardOverview.ProgrammeOverview(
                "ketamine-safety", "Ketamine safety", 10, counts, trend, false)));
    }

    private static void require(SignedInUser caller) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new SecurityException(caller.username() + " is neither manager nor administrator");
        }
    }

    private static boolean sees(SignedInUser caller, String department) {
        return caller.has(Role.ADMIN) || caller.managedDepartmentCodes().contains(department);
    }

    @Override
    public DashboardOverview overview(SignedInUser caller, int firstDepartment, int maxDepartments) {
        require(caller);
        List<DashboardOverview.DepartmentOverview> seen = departments.values().stream()
                .filter(d -> sees(caller, d.code())).toList();
        int from = Math.min(firstDepartment, seen.size());
        return new DashboardOverview(TODAY, seen.subList(from, (int) Math.min(seen.size(),
                (long) from + maxDepartments)), from, seen.size());
    }

    @Override
    public Optional<PersonOverview> person(SignedInUser caller, long accountId) {
        require(caller);
        return Optional.ofNullable(people.get(accountId)).filter(e -> sees(caller, e.getKey()))
                .map(Map.Entry::getValue);
    }

    @Override
    public RecallMap heatmap(SignedInUser caller, Optional<String> programmeId) {
        require(caller);
        heatmapRequests.add(programmeId);
        return new RecallMap(heatmap.programmes(), heatmap.programmeId(), heatmap.today(), heatmap.later(),
                heatmap.departments().stream().filter(d -> sees(caller, d.key())).toList(), heatmap.modules(),
                heatmap.cells().stream().filter(c -> sees(caller, c.departmentCode())).toList());
    }
}
