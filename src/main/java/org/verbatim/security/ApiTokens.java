package org.verbatim.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: a signed-in user creates and revokes their own; the REST API accepts them as
 * {@code Authorization: Bearer …} with the roles the user has at that moment. The secret is shown once and only its
 * SHA-256 is stored: a leaked database does not leak usable tokens.
 */
@Service
public class ApiTokens {

    /** What the token list shows: never the secret. */
    public record TokenSummary(Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                               Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new token with its secret, which is not shown again. */
    public record CreatedToken(TokenSummary token, String secret) {
    }

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    static final String PREFIX = "vbt_";
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final UserDetailsService userDetails;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final TransactionTemplate reads;
    private final Clock clock;
    private final Map<Long, Instant> lastRecorded = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, UserDetailsService userDetails,
              CurrentUser currentUser, PlatformTransactionManager transactions, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.userDetails = userDetails;
        this.currentUser = currentUser;
        this.tx = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public CreatedToken create(String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tx.execute(status -> tokens.save(new ApiToken(me().getId(), name, secret, clock.instant())));
        return new CreatedToken(summary(token), secret);
    }

    @PreAuthorize("isAuthenticated()")
    public List<TokenSummary> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(me().getId()).stream().map(ApiTokens::summary).toList();
    }

    /** Revokes one of the signed-in user's own tokens. */
    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        Long me = me().getId();
        tx.executeWithoutResult(status -> {
            ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(me))
                    .orElseThrow(() -> new IllegalArgumentException("You have no such token"));
            token.revoke(clock.instant());
        });
    }

    /**
     * The user a bearer secret belongs to, with their current roles; empty for an unknown or revoked token. Only
     * reads: the last use is recorded afterwards, coarsely and without a version check, and a failure to record it
     * never fails the request.
     */
    Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        record Found(long tokenId, Authentication authentication) {
        }
        Optional<Found> found = reads.execute(status -> tokens.findByTokenHash(ApiToken.hashOf(secret))
                .filter(ApiToken::isActive)
                .flatMap(token -> users.findById(token.getUserId()).filter(UserAccount::isEnabled)
                        .map(user -> authenticationOf(user.getUsername()))
                        .map(authentication -> new Found(token.getId(), authentication))));
        found.ifPresent(f -> recordUse(f.tokenId()));
        return found.map(Found::authentication);
    }

    /** At most once a minute per token and node; concurrent requests find the row already up to date. */
    private void recordUse(long tokenId) {
        Instant now = clock.instant();
        Instant before = now.minus(LAST_USE_PRECISION);
        boolean[] due = {false};
        lastRecorded.compute(tokenId, (id, last) -> {
            due[0] = last == null || last.isBefore(before);
            return due[0] ? now : last;
        });
        if (!due[0]) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> tokens.recordUse(tokenId, now, before));
        } catch (RuntimeException e) {
            log.warn("Could not record the last use of API token {}: {}", tokenId, e.toString());
        }
    }

    private Authentication authenticationOf(String username) {
        try {
            UserDetails details = userDetails.loadUserByUsername(username);
            return details.isEnabled() ? UsernamePasswordAuthenticationToken.authenticated(details, null,
                    details.getAuthorities()) : null;
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private UserAccount me() {
        String name = currentUser.signedIn().orElseThrow(() -> new IllegalStateException("Sign in first"));
        return users.findByUsername(name)
                .orElseThrow(() -> new IllegalStateException("Only people with an account have API tokens"));
    }

    private static TokenSummary summary(ApiToken t) {
        return new TokenSummary(t.getId(), t.getName(), t.getTokenPrefix() + "…", t.getCreatedAt(), t.getLastUsedAt(),
                t.getRevokedAt());
    }
}
