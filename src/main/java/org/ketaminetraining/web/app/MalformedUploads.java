package org.ketaminetraining.web.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.handler.ErrorCodeRequestHandler;

/**
 * Answers a file form (the user import) whose body Wicket's multipart reader cannot read with 400 and the app's
 * error page. The reader throws for a body of another type (an IllegalStateException for a form body or plain
 * text), and for a multipart body without a single part (a boundary that never comes) it falls back to the
 * Servlet API's parts, which Liberty cannot give to a filter (a NullPointerException inside Liberty): each was a
 * 500, for a request anyone signed in can make. Browsers never send one; a script or a proxy that rewrites bodies
 * can. A reader failure is logged with its cause, so that a real one (a full disk for uploads) is not hidden.
 */
final class MalformedUploads implements IRequestCycleListener {

    private static final Logger LOG = Logger.getLogger(MalformedUploads.class.getName());
    /** Wicket's multipart request, which reads a file form's body. */
    private static final String MULTIPART_READER =
            "org.apache.wicket.protocol.http.servlet.MultipartServletWebRequestImpl";

    @Override
    public IRequestHandler onException(RequestCycle cycle, Exception ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuntimeException unreadable && raisedWithin(unreadable, MULTIPART_READER)) {
                LOG.log(Level.INFO, "Refused a file form whose body is not readable multipart/form-data", unreadable);
                return new ErrorCodeRequestHandler(400,
                        "This form sends a file: its body must be multipart/form-data, as a browser sends it.");
            }
        }
        return null;
    }

    /** Whether {@code className} is on the stack that raised {@code thrown}. */
    private static boolean raisedWithin(Throwable thrown, String className) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
