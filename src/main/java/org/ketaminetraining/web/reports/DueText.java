package org.ketaminetraining.web.reports;

import org.apache.wicket.Component;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.compliance.Due;

/** A due date as the report and the drill-down write it: "Due in 12 days", "Overdue by 3 days", "Met", "-". */
final class DueText {

    private DueText() {
    }

    static String of(Due due, Component component) {
        return switch (due.state()) {
            case NOT_ASSIGNED -> component.getString("dueText.none");
            case MET -> component.getString("dueText.met");
            case OVERDUE -> new StringResourceModel("dueText.overdue", component)
                    .setParameters(Math.max(1, -due.daysLeft().orElse(-1L))).getString();
            case DUE, DUE_SOON -> due.daysLeft().filter(days -> days > 0)
                    .map(days -> new StringResourceModel("dueText.in", component).setParameters(days).getString())
                    .orElseGet(() -> component.getString("dueText.today"));
        };
    }
}
