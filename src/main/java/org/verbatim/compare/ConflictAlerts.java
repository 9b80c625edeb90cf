package org.verbatim.compare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.verbatim.base.Alerts;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * The watch list as an alert: how many newly imported statements contradict one a reviewer verified, for the
 * fact-checkers and editors who watch. Worked out at most once a minute per person (it weighs every new statement).
 */
@Component
class ConflictAlerts implements Alerts {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private record Known(Instant at, List<Alert> alerts) {
    }

    private final WatchList watch;
    private final CurrentUser user;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    ConflictAlerts(WatchList watch, CurrentUser user, Clock clock) {
        this.watch = watch;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public List<Alert> current() {
        if (user.signedIn().isEmpty() || !(user.hasRole(Role.FACT_CHECKER) || user.hasRole(Role.EDITOR))) {
            return List.of();
        }
        String who = user.username();
        Instant now = clock.instant();
        Known k = known.get(who);
        if (k != null && Duration.between(k.at(), now).compareTo(FRESH) < 0 && !watch.lookedSince(k.at())) {
            return k.alerts();
        }
        int n = watch.newConflicts().size();
        List<Alert> alerts = n == 0 ? List.of() : List.of(new Alert(n + (n == 1
                ? " new statement contradicts a verified one" : " new statements contradict verified ones"),
                "conflicts"));
        known.put(who, new Known(now, alerts));
        return alerts;
    }
}
