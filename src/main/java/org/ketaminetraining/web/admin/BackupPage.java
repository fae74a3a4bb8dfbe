package org.ketaminetraining.web.admin;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.ketaminetraining.operations.BackupService;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/** Takes an online backup of the embedded database and lists the backups, with how to restore one. */
@AuthorizeInstantiation("ADMIN")
public class BackupPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private BackupService backups;

    public BackupPage() {
        add(new Label("folder", backups.backupRoot(AppSession.get().caller()).toString()));
        add(new Label("unsupported", getString("unsupported")).setVisible(!backups.isSupported()));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                Path folder = backups.backupNow(AppSession.get().caller());
                getSession()
                        .success(new StringResourceModel("done", this).setParameters(folder.toString()).getString());
                setResponsePage(BackupPage.class);
            }
        };
        form.setVisible(backups.isSupported());
        add(form);
        LoadableDetachableModel<List<String>> names =
                LoadableDetachableModel.of(() -> backups.list(AppSession.get().caller()).stream()
                        .map(p -> p.getFileName().toString()).toList());
        add(new Label("none", getString("none")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(names.getObject().isEmpty());
            }
        });
        add(new ListView<>("backups", names) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("name", item.getModelObject()));
            }
        });
    }
}
