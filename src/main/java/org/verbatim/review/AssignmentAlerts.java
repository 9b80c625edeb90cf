package org.verbatim.review;

import java.util.List;

import org.springframework.stereotype.Component;
import org.verbatim.base.Alerts;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/** A fact-checker's open assignments as an alert on the home screen and in the frame, overdue ones counted. */
@Component
class AssignmentAlerts implements Alerts {

    private final Assignments assignments;
    private final CurrentUser user;

    AssignmentAlerts(Assignments assignments, CurrentUser user) {
        this.assignments = assignments;
        this.user = user;
    }

    @Override
    public List<Alert> current() {
        if (user.signedIn().isEmpty() || !user.hasRole(Role.FACT_CHECKER)) {
            return List.of();
        }
        List<Assignments.WorkItem> work = assignments.myWork();
        if (work.isEmpty()) {
            return List.of();
        }
        long overdue = work.stream().filter(Assignments.WorkItem::overdue).count();
        int n = work.size();
        return List.of(new Alert(n + (n == 1 ? " assignment waits" : " assignments wait") + " for you"
                + (overdue == 0 ? "" : ", " + overdue + " overdue"), "my-work"));
    }
}
