package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.bank.service.authoring.AuthoringRefusal;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.ExportOutcome;
import org.ketaminetraining.bank.service.authoring.ExportPlan;
import org.ketaminetraining.web.component.VisibleWhen;

/**
 * What the browser published that the bank files do not hold yet, and the button that writes it into them. Until
 * then, a file import that differs from those questions is refused, so the count is shown where educators work.
 */
final class ExportPanel extends Panel {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthoringService authoring;

    private final LoadableDetachableModel<ExportPlan> plan =
            LoadableDetachableModel.of(() -> authoring.pendingExport(QuestionListPage.caller()));

    ExportPanel(String id) {
        super(id);
        add(new Label("nothing", () -> getString("export.nothing"))
                .add(VisibleWhen.of(() -> plan.getObject().isEmpty())));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    ExportOutcome outcome = authoring.exportChanges(QuestionListPage.caller());
                    getSession().success(text("export.done", outcome.filesWritten().size(),
                            String.join(", ", outcome.filesWritten()), outcome.questionsChangedByReimport()));
                } catch (AuthoringRefusal refused) {
                    getSession().error(refused.getMessage());
                }
                setResponsePage(getPage().getPageClass(), getPage().getPageParameters());
            }
        };
        form.add(new Label("pending", () -> text("export.pending", plan.getObject().questionKeys().size(),
                String.join(", ", plan.getObject().questionKeys()), plan.getObject().modules().size(),
                String.join(", ", plan.getObject().modules()))));
        form.add(VisibleWhen.of(() -> !plan.getObject().isEmpty()));
        add(form);
    }

    private String text(String key, Object... values) {
        return new StringResourceModel(key, this).setParameters(values).getString();
    }

    @Override
    protected void onDetach() {
        plan.detach();
        super.onDetach();
    }
}
