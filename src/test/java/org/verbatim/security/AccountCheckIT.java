package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.verbatim.audit.AuditLog;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * A person signed in (the authentication a browser session keeps) is held to their account as it is now: an
 * administrator's change counts at their very next use-case call, whatever the session remembers.
 */
@VerbatimIntegrationTest
class AccountCheckIT {

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministration administration;

    @Autowired
    AuditLog audit;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_auditor_whose_role_is_removed_is_refused_the_audit_log_at_once() {
        UserAccount auditor = users.create("check-audra-" + unique(), Role.AUDITOR, Role.FACT_CHECKER);
        Authentication session = signIn(auditor.getUsername());
        assertThat(as(session, audit::actors)).isNotNull();

        asAdmin(() -> administration.changeRoles(auditor.getId(), version(auditor), EnumSet.of(Role.FACT_CHECKER)));

        assertThat(session.getAuthorities()).as("the session still remembers the role")
                .anyMatch(a -> a.getAuthority().equals(Role.AUDITOR.authority()));
        assertThatThrownBy(() -> as(session, audit::actors)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(session, apiTokens::mine)).as("what the remaining roles allow still works").isEmpty();
    }

    @Test
    void a_disabled_user_is_refused_everything_even_creating_a_token() {
        UserAccount auditor = users.create("check-dora-" + unique(), Role.AUDITOR);
        Authentication session = signIn(auditor.getUsername());
        assertThat(as(session, () -> apiTokens.create("before")).secret()).startsWith("vbt_");

        asAdmin(() -> administration.disable(auditor.getId(), version(auditor)));

        assertThatThrownBy(() -> as(session, () -> apiTokens.create("after"))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("disabled");
        assertThatThrownBy(() -> as(session, audit::actors)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_a_password_reset_the_old_sign_in_is_refused_and_a_new_one_works() {
        UserAccount auditor = users.create("check-petra-" + unique(), Role.AUDITOR);
        Authentication session = signIn(auditor.getUsername());
        assertThat(as(session, audit::actors)).isNotNull();

        String newPassword = "a brand new passphrase";
        asAdmin(() -> administration.resetPassword(auditor.getId(), version(auditor), newPassword));

        assertThatThrownBy(() -> as(session, audit::actors)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("password");
        Authentication again = authenticate(auditor.getUsername(), newPassword);
        assertThat(as(again, audit::actors)).isNotNull();
    }

    @Test
    void one_request_reads_the_account_once_and_the_next_request_reads_it_again() {
        UserAccount auditor = users.create("check-rita-" + unique(), Role.AUDITOR);
        Authentication session = signIn(auditor.getUsername());
        inNewRequest();
        assertThat(as(session, audit::actors)).isNotNull();

        // disabled behind this server's back (the users command, another node): the request under way goes on as
        // it started, the next one is refused
        new TransactionTemplate(transactions).executeWithoutResult(status -> accounts.findById(auditor.getId()).orElseThrow().setEnabled(false));
        assertThat(as(session, audit::actors)).as("remembered for the rest of the request").isNotNull();

        inNewRequest();
        assertThatThrownBy(() -> as(session, audit::actors)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("disabled");
    }

    @Test
    void an_administrators_change_counts_at_once_even_within_a_request() {
        UserAccount auditor = users.create("check-ruth-" + unique(), Role.AUDITOR, Role.FACT_CHECKER);
        Authentication session = signIn(auditor.getUsername());
        inNewRequest();
        assertThat(as(session, audit::actors)).isNotNull();

        asAdmin(() -> administration.changeRoles(auditor.getId(), version(auditor), EnumSet.of(Role.FACT_CHECKER)));

        assertThatThrownBy(() -> as(session, audit::actors)).isInstanceOf(AccessDeniedException.class);
    }

    private static void inNewRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    private long version(UserAccount account) {
        return asAdmin(() -> administration.users().stream().filter(u -> u.id() == account.getId()).findFirst()
                .orElseThrow().version());
    }

    private Authentication signIn(String username) {
        return authenticate(username, TestUsers.PASSWORD);
    }

    /** What form sign-in, basic authentication and a session all hold: the provider's answer. */
    private Authentication authenticate(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static <T> T as(Authentication authentication, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return RunAs.user("admin", Role.ADMIN).call(work);
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
