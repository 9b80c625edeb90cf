package org.verbatim.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A screen the signed-in person's roles do not open, shown inside the usual frame. Staff may know which screens
 * exist; what they may do is still checked by every use case on the server.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("403");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        say("Not for your role", "Your roles do not open this screen. If you need it, ask an administrator.",
                event.getLocation().getPath());
        event.getUI().getPage().setTitle("Not allowed · Verbatim");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
