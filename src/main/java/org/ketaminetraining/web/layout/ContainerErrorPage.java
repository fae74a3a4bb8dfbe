package org.ketaminetraining.web.layout;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.wicket.request.cycle.RequestCycle;

/**
 * The page the servlet container forwards its own errors to (web.xml's error page): an address nothing serves, a
 * path it refuses to read (an encoded dot or slash), a method it does not allow, an exception nobody caught. It
 * answers with the status the container chose and says in words what that means, so that no error shows the
 * container's page, which names the exception, carries no security headers and adds headers of its own.
 */
public class ContainerErrorPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    public ContainerErrorPage() {
        this(statusOfThisError());
    }

    private ContainerErrorPage(int status) {
        super(Kind.forStatus(status), status);
    }

    /** The status the container is answering with; opened directly, nothing went wrong and there is nothing here. */
    private static int statusOfThisError() {
        Object request = RequestCycle.get().getRequest().getContainerRequest();
        if (request instanceof HttpServletRequest http
                && http.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
                && status >= 400 && status <= 599) {
            return status;
        }
        return 404;
    }
}
