package org.verbatim.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted by account and by client address. Too many within the window lock that account (from any
 * address) or that address (for any account) out until the lock-out has passed; a successful sign-in clears its
 * account's count. Counts live in memory: a restart forgets them, and each server of a cluster counts its own.
 */
final class SignInThrottle {

    /** A lock-out that a failure has just begun: for the audit log. */
    record Lockout(String subject, int failures, Instant until) {
    }

    private static final int MAX_TRACKED = 100_000;

    private final SignInProperties policy;
    private final Clock clock;
    private final Map<String, Tally> accounts = new ConcurrentHashMap<>();
    private final Map<String, Tally> addresses = new ConcurrentHashMap<>();

    SignInThrottle(SignInProperties policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Until when {@code account} or {@code address} is locked out, if either is now. */
    Optional<Instant> lockedUntil(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(lockOf(accounts, key(account), now), lockOf(addresses, address, now));
        return Optional.ofNullable(until);
    }

    /** Counts a failed sign-in; returns the lock-outs it began. */
    List<Lockout> failed(String account, String address) {
        Instant now = clock.instant();
        List<Lockout> begun = new ArrayList<>();
        count(accounts, key(account), "account " + account, policy.accountFailures(), now, begun);
        count(addresses, address, "address " + address, policy.addressFailures(), now, begun);
        return begun;
    }

    void succeeded(String account) {
        String key = key(account);
        if (key != null) {
            accounts.remove(key);
        }
    }

    private void count(Map<String, Tally> tallies, String key, String subject, int limit, Instant now,
                       List<Lockout> begun) {
        if (key == null) {
            return;
        }
        if (tallies.size() > MAX_TRACKED) {
            tallies.values().removeIf(t -> t.stale(now, policy.window()));
        }
        tallies.compute(key, (k, tally) -> {
            Tally t = tally == null ? new Tally() : tally;
            Lockout lockout = t.fail(now, policy.window(), limit, policy.lockout(), subject);
            if (lockout != null) {
                begun.add(lockout);
            }
            return t;
        });
    }

    private static Instant lockOf(Map<String, Tally> tallies, String key, Instant now) {
        Tally t = key == null ? null : tallies.get(key);
        return t == null ? null : t.lockedAt(now);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String key(String account) {
        return account == null || account.isBlank() ? null : account.strip().toLowerCase(Locale.ROOT);
    }

    /** One account's or address's recent failures and lock. Guarded by the map's compute. */
    private static final class Tally {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private volatile Instant lockedUntil;

        synchronized Lockout fail(Instant now, Duration window, int limit, Duration lockout, String subject) {
            Instant since = now.minus(window);
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(since)) {
                failures.pollFirst();
            }
            failures.addLast(now);
            if (failures.size() < limit) {
                return null;
            }
            int count = failures.size();
            failures.clear();
            lockedUntil = now.plus(lockout);
            return new Lockout(subject, count, lockedUntil);
        }

        Instant lockedAt(Instant now) {
            Instant until = lockedUntil;
            return until != null && until.isAfter(now) ? until : null;
        }

        synchronized boolean stale(Instant now, Duration window) {
            Instant last = failures.peekLast();
            return lockedAt(now) == null && (last == null || last.isBefore(now.minus(window)));
        }
    }
}
