package org.ketaminetraining.web.layout;

import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.csp.CSPHeaderConfiguration;
import org.apache.wicket.csp.CSPHeaderMode;
import org.apache.wicket.csp.ContentSecurityPolicySettings;
import org.apache.wicket.feedback.IFeedbackMessageFilter;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.IRequestHandlerDelegate;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.CssResourceReference;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.MessagesPanel;
import org.ketaminetraining.web.component.VisibleWhen;

/**
 * The layout every page shares: a skip link, the navigation the signed-in person's roles allow (behind a menu
 * button on small screens), page messages, the page's own content in {@code main}, and a footer. Pages give their title in their .properties file under
 * {@code page.title}.
 */
public abstract class BasePage extends WebPage {

    private static final long serialVersionUID = 1L;
    private static final CssResourceReference APP_CSS = new CssResourceReference(BasePage.class, "app.css");

    protected BasePage() {
        this(new PageParameters());
    }

    protected BasePage(PageParameters parameters) {
        super(parameters);
        add(new Label("title", () -> pageTitle() + " · " + getString("app.name")));
        add(new WebMarkupContainer("icon").add(AttributeModifier.replace("href",
                () -> urlFor(FaviconResource.REFERENCE, null))));
        add(new BookmarkablePageLink<>("brand", getApplication().getHomePage()));
        add(navigation("nav"));
        add(signOutForm("signOut"));
        WebMarkupContainer menu = new WebMarkupContainer("menu");
        menu.add(VisibleWhen.of(() -> AppSession.get().user().isPresent()));
        menu.add(navigation("menuNav"), signOutForm("menuSignOut"));
        add(menu);
        add(new MessagesPanel("messages", message -> topMessages().accept(message)));
    }

    /**
     * The messages the list at the top of the page shows: by default every one, those reported on a form's fields
     * too. A page with its own summary of field errors (one that links each to its field) leaves those out here, so
     * that they are not read twice.
     */
    protected IFeedbackMessageFilter topMessages() {
        return message -> true;
    }

    /** The page's own part of the title; by default {@code page.title} from its .properties file. */
    protected String pageTitle() {
        return getString("page.title");
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        // A password set by an administrator must be replaced before anything else is done.
        boolean mustChange = AppSession.get().user().map(SignedInUser::mustChangePassword).orElse(false);
        Class<? extends WebPage> changePassword = Site.get().pageOf(Destination.CHANGE_PASSWORD);
        if (mustChange && !changePassword.isInstance(this)) {
            throw new RestartResponseException(changePassword);
        }
    }

    /**
     * Writes the Content-Security-Policy header, with this render's nonce, into the response the page renders to.
     * Wicket 10.8 sets it only on the response of the request that resolved the page: a page rendered into the
     * redirect buffer (every stateful page, with the default REDIRECT_TO_BUFFER) was then served without any
     * policy. WICKET-7107, fixed in Wicket 10.10 the same way (WebPage#configureResponse); remove this then.
     */
    @Override
    protected void setHeaders(WebResponse response) {
        super.setHeaders(response);
        ContentSecurityPolicySettings csp = WebApplication.get().getCspSettings();
        RequestCycle cycle = RequestCycle.get();
        if (!csp.isEnabled() || !response.isHeaderSupported()
                || !(unwrap(cycle.getActiveRequestHandler()) instanceof RenderPageRequestHandler)) {
            return;
        }
        for (var entry : csp.getConfiguration().entrySet()) {
            CSPHeaderMode mode = entry.getKey();
            CSPHeaderConfiguration config = entry.getValue();
            if (config.isSet()) {
                String value = config.renderHeaderValue(csp, cycle);
                response.setHeader(mode.getHeader(), value);
                if (config.isAddLegacyHeaders()) {
                    response.setHeader(mode.getLegacyHeader(), value);
                }
            }
        }
    }

    private static IRequestHandler unwrap(IRequestHandler handler) {
        IRequestHandler unwrapped = handler;
        while (unwrapped instanceof IRequestHandlerDelegate delegate) {
            unwrapped = delegate.getDelegateHandler();
        }
        return unwrapped;
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(BootstrapResources.CSS));
        response.render(CssHeaderItem.forReference(APP_CSS));
    }

    /** The navigation the signed-in person's roles allow (wide screens show it in the header, small ones in the menu). */
    private WebMarkupContainer navigation(String id) {
        WebMarkupContainer nav = new WebMarkupContainer(id);
        IModel<List<NavigationItem>> visible = () -> AppSession.get().user()
                .map(u -> Site.get().navigation().stream().filter(item -> item.visibleTo(u.roles())).toList())
                .orElse(List.of());
        nav.add(new ListView<>("items", visible) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<NavigationItem> item) {
                NavigationItem entry = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", entry.page());
                link.add(new Label("label", getString(entry.labelKey())));
                if (entry.page().equals(BasePage.this.getClass())) {
                    link.add(AttributeModifier.replace("aria-current", "page"));
                    link.add(AttributeModifier.append("class", "active"));
                }
                item.add(link);
            }
        });
        return nav;
    }

    private StatelessForm<Void> signOutForm(String id) {
        StatelessForm<Void> form = new StatelessForm<>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                AppSession.get().invalidate();
                setResponsePage(Site.get().pageOf(Destination.SIGN_IN), new PageParameters().add("signedOut", "1"));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(AppSession.get().user().isPresent());
            }
        };
        form.add(new Label("who", () -> AppSession.get().user().map(SignedInUser::displayName).orElse("")));
        form.add(new BookmarkablePageLink<>("password", Site.get().pageOf(Destination.CHANGE_PASSWORD)));
        return form;
    }

    /**
     * The text of {@code key} in this page's properties with its MessageFormat placeholders ({0}, and ChoiceFormat
     * for plurals) filled: the one way pages build a text with values, so a value with braces or apostrophes shows
     * exactly as typed.
     */
    protected final String text(String key, Object... values) {
        return new StringResourceModel(key, this).setParameters(values).getString();
    }
}
