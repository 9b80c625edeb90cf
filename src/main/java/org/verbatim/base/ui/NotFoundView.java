package org.verbatim.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address that leads nowhere (no such screen, or no such article or quote), shown inside the usual frame. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("404");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String custom = parameter.hasCustomMessage() ? parameter.getCustomMessage() : null;
        say("Nothing here", custom != null && !custom.isBlank() ? custom + "."
                        : "There is no page at this address. It may have moved, or the link was mistyped.",
                event.getLocation().getPath());
        event.getUI().getPage().setTitle("Not found · Verbatim");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
