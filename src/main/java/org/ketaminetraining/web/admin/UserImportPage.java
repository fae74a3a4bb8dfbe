package org.ketaminetraining.web.admin;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.util.lang.Bytes;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.people.UserCsv;
import org.ketaminetraining.people.UserImportPlan;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.UserImportService;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * Imports people from CSV in two steps: a preview that lists what each line would change and every problem by
 * line, then "Apply import", which changes everything or nothing.
 */
@AuthorizeInstantiation("ADMIN")
public class UserImportPage extends BasePage {

    private static final long serialVersionUID = 1L;
    private static final Bytes MAX_UPLOAD = Bytes.megabytes(2);
    /** Longest CSV pasted into the text area: 10,000 people at 100 characters a line. Larger files are uploaded. */
    static final int MAX_PASTED = 1_000_000;

    @Inject
    private UserImportService imports;

    /**
     * The file last previewed; applying always re-reads this exact text. The page keeps the text, never the plan
     * (a service result): the plan is worked out again from it on each request, so the page stays small and
     * serializable and always shows what applying would do now.
     */
    private String previewedCsv;
    private final LoadableDetachableModel<UserImportPlan> preview = LoadableDetachableModel
            .of(() -> previewedCsv == null ? null : imports.preview(AppSession.get().caller(), previewedCsv));

    public UserImportPage() {
        add(new Label("header", String.join(",", UserCsv.HEADER)));
        TextArea<String> text = new TextArea<>("csv", Model.of(""));
        text.setLabel(Model.of(getString("csv.label"))).add(StringValidator.maximumLength(MAX_PASTED));
        FileUploadField upload = new FileUploadField("file");
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                FileUpload file = upload.getFileUpload();
                String csv = file != null ? new String(file.getBytes(), StandardCharsets.UTF_8) : text.getModelObject();
                if (csv == null || csv.isBlank()) {
                    error(getString("empty"));
                    return;
                }
                previewedCsv = csv;
                preview.detach();
            }
        };
        form.setMultiPart(true);
        form.setMaxSize(MAX_UPLOAD);
        form.add(text, upload);
        add(form);
        add(previewSection());
    }

    private UserImportPlan plan() {
        return preview.getObject();
    }

    private WebMarkupContainer previewSection() {
        WebMarkupContainer section = new WebMarkupContainer("preview") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan() != null);
            }
        };
        section.add(new Label("summary", () -> plan() == null ? "" : new StringResourceModel("summary", this)
                .setParameters(plan().count(UserImportPlan.Kind.CREATE), plan().count(UserImportPlan.Kind.UPDATE),
                        plan().count(UserImportPlan.Kind.UNCHANGED), plan().problems().size())
                .getString()));
        section.add(new ListView<>("problems", () -> plan() == null ? List.<UserCsv.Problem>of()
                : plan().problems()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<UserCsv.Problem> item) {
                item.add(new Label("problem", item.getModelObject().toString()));
            }
        });
        section.add(new ListView<>("changes", () -> plan() == null ? List.<UserImportPlan.Change>of()
                : plan().changes()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<UserImportPlan.Change> item) {
                UserImportPlan.Change change = item.getModelObject();
                item.add(new Label("line", change.line()));
                item.add(new Label("username", change.username()));
                item.add(new Label("displayName", change.row().displayName()));
                item.add(new Label("kind", getString("kind." + change.kind().name())));
                item.add(new Label("differences", String.join("; ", change.differences())));
            }
        });
        Form<Void> apply = new Form<>("apply") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan() != null && plan().canApply());
            }

            @Override
            protected void onSubmit() {
                try {
                    UserImportPlan applied = imports.apply(AppSession.get().caller(), previewedCsv);
                    success(new StringResourceModel("applied", this).setParameters(
                            applied.count(UserImportPlan.Kind.CREATE), applied.count(UserImportPlan.Kind.UPDATE))
                            .getString());
                    previewedCsv = null;
                } catch (ValidationException refusal) {
                    refusal.messagesByField().values().forEach(this::error);
                }
                preview.detach();
            }
        };
        section.add(apply);
        return section;
    }

    @Override
    protected void onDetach() {
        preview.detach();
        super.onDetach();
    }
}
