package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void aNewTraineeWithNoDepartmentGoesToTheDefaultOneWhenThereIsOne() {
        assertThat(AccountRules.departmentsOfNewAccount(Set.of(Role.TRAINEE), Set.of(), Optional.of("new-starters")))
                .containsExactly("new-starters");
        assertThat(AccountRules.departmentsOfNewAccount(Set.of(Role.TRAINEE), Set.of("icu"),
                Optional.of("new-starters"))).containsExactly("icu");
        assertThat(AccountRules.departmentsOfNewAccount(Set.of(Role.TRAINEE), Set.of(), Optional.empty())).isEmpty();
        // Only trainees are in a manager's report; an educator or administrator is given no department unasked.
        assertThat(AccountRules.departmentsOfNewAccount(Set.of(Role.EDUCATOR), Set.of(), Optional.of("new-starters")))
                .isEmpty();
    }

    @Test
    void aTraineeMustBelongToADepartmentAndNobodyElseMust() {
        assertThat(AccountRules.problems("jdoe", "Jane Doe", null, Set.of(Role.TRAINEE), Set.of()))
                .containsOnlyKeys("departments").containsValue(AccountRules.NO_DEPARTMENT);
        assertThat(AccountRules.NO_DEPARTMENT).contains("department", "manager");
        assertThat(AccountRules.problems("jdoe", "Jane Doe", null, Set.of(Role.TRAINEE, Role.MANAGER), Set.of("ed")))
                .isEmpty();
        assertThat(AccountRules.problems("admin2", "Second Admin", null, Set.of(Role.ADMIN), Set.of())).isEmpty();
        assertThat(AccountRules.problems("edu", "Educator", null, Set.of(Role.EDUCATOR), Set.of())).isEmpty();
    }
}
