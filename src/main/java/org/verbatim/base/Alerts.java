package org.verbatim.base;

import java.util.List;

/**
 * What a signed-in person should look at without searching for it (new statements contradicting verified ones),
 * offered by the features that know, shown by the frame and the home screen that do not: the features depend on this,
 * never the other way round.
 */
public interface Alerts {

    /** One line to show, and the route that opens what it is about. */
    record Alert(String text, String route) {
    }

    /** The signed-in person's alerts; empty when there is nothing, or nothing their roles may see. Quick. */
    List<Alert> current();
}
