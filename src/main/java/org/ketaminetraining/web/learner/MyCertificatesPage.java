package org.ketaminetraining.web.learner;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.CertificateRegistry;
import org.ketaminetraining.web.component.CertificateStyles;
import org.ketaminetraining.web.component.DayLabel;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Destination;
import org.ketaminetraining.web.layout.Site;

/**
 * A trainee's certificates, newest first: the programme, the dates, the status in words (with the reason for a
 * revocation, and "refresher due" on a line of its own), whether renewal is open, the verification code with a
 * link to its public page, and the files to download.
 */
@AuthorizeInstantiation("TRAINEE")
public class MyCertificatesPage extends BasePage {

    private static final long serialVersionUID = 1L;
    /** Where the assessment pages live; a plain path, so this page does not depend on them. */
    static final String ASSESSMENT_PATH = "assessment";

    @Inject
    private CertificateRegistry registry;

    public MyCertificatesPage() {
        LoadableDetachableModel<List<CertificateSummary>> certificates = LoadableDetachableModel
                .of(() -> registry.certificates(AppSession.get().user().orElseThrow().accountId()));
        setDefaultModel(certificates);

        WebMarkupContainer empty = new WebMarkupContainer("empty") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(certificates.getObject().isEmpty());
            }
        };
        empty.add(new BookmarkablePageLink<>("dashboardLink", DashboardPage.class));
        add(empty);

        add(new ListView<>("certificates", certificates) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CertificateSummary> item) {
                CertificateSummary c = item.getModelObject();
                String headingId = "certificate-" + item.getIndex();
                item.add(new Label("programme", c.programmeTitle()).setMarkupId(headingId).setOutputMarkupId(true));
                item.add(AttributeModifier.replace("aria-labelledby", headingId));
                item.add(new Label("status", getString("status." + c.status().name())));
                item.add(new Label("reason",
                        c.revocationReason()
                                .map(r -> new StringResourceModel("reason", this).setParameters(r).getString())
                                .orElse(""))
                        .setVisible(c.status() == CertificateStatus.REVOKED
                                && c.revocationReason().isPresent()));
                item.add(new WebMarkupContainer("refresher").setVisible(c.refresherDue()
                        && c.status().inForce()));
                WebMarkupContainer renewal = new WebMarkupContainer("renewal");
                renewal.setVisible(c.renewalOpen() && c.status() != CertificateStatus.REVOKED);
                renewal.add(new ExternalLink("assessmentLink", getRequestCycle().getUrlRenderer()
                        .renderContextRelativeUrl(ASSESSMENT_PATH)));
                item.add(renewal);
                item.add(new DayLabel("issued", c.issuedOn(), ""), new DayLabel("validThrough", c.validThrough(), ""));
                BookmarkablePageLink<Void> verify =
                        new BookmarkablePageLink<>("verifyLink", Site.get().pageOf(Destination.VERIFY),
                                new PageParameters().add("code", c.code()));
                verify.add(new Label("code", c.code()));
                item.add(verify);
                // A revoked certificate is not handed out again (the service refuses its files too).
                org.apache.wicket.markup.html.WebMarkupContainer downloads =
                        new org.apache.wicket.markup.html.WebMarkupContainer("downloads");
                downloads.setVisible(c.status() != CertificateStatus.REVOKED);
                for (CertificateDownloadResource.Format format : CertificateDownloadResource.Format.values()) {
                    downloads.add(new ResourceLink<>(format.urlName, CertificateDownloadResource.REFERENCE,
                            new PageParameters().add("code", c.code()).add("format", format.urlName)));
                }
                item.add(downloads);
            }
        });
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CertificateStyles.CSS));
    }
}
