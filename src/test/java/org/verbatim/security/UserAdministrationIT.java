package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.base.audit.RevisionInfo;
import org.verbatim.security.UserAdministration.NewUser;
import org.verbatim.security.UserAdministration.PasswordIssued;
import org.verbatim.security.UserAdministration.UserSummary;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdministrationIT {

    private static final String A_GOOD_PASSWORD = "a long enough passphrase";

    @Autowired
    UserAdministration administration;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_creates_a_user_with_several_roles_and_a_generated_password() {
        String name = unique("gina");
        PasswordIssued issued = administration.create(new NewUser(name, "Gina Ortiz",
                EnumSet.of(Role.FACT_CHECKER, Role.EDITOR), null));

        assertThat(issued.generated()).isTrue();
        assertThat(issued.generatedPassword()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(issued.user().roles()).containsExactlyInAnyOrder(Role.FACT_CHECKER, Role.EDITOR);
        assertThat(issued.user().enabled()).isTrue();
        assertThat(administration.users()).extracting(UserSummary::username).contains(name);
        Authentication signedIn = signIn(name, issued.generatedPassword());
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_FACT_CHECKER", "ROLE_EDITOR");
    }

    @Test
    void a_typed_password_is_stored_as_a_bcrypt_hash_and_works() {
        String name = unique("hugo");
        PasswordIssued issued = administration.create(new NewUser(name, null, EnumSet.of(Role.AUDITOR),
                A_GOOD_PASSWORD));

        assertThat(issued.generated()).isFalse();
        String hash = userDetails.loadUserByUsername(name).getPassword();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(A_GOOD_PASSWORD);
        assertThat(encoder.matches(A_GOOD_PASSWORD, hash)).isTrue();
        assertThat(signIn(name, A_GOOD_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused() {
        String name = unique("ivy");
        assertThatThrownBy(() -> administration.create(new NewUser(name, null, EnumSet.of(Role.EDITOR),
                "eleven-char")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12");
        assertThat(administration.users()).extracting(UserSummary::username).doesNotContain(name);

        UserSummary user = administration.create(new NewUser(name, null, EnumSet.of(Role.EDITOR), null)).user();
        assertThatThrownBy(() -> administration.resetPassword(user.id(), user.version(), "short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12");
    }

    @Test
    void a_user_needs_a_role_and_a_free_user_name() {
        String name = unique("jo");
        assertThatThrownBy(() -> administration.create(new NewUser(name, null, EnumSet.noneOf(Role.class), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one role");
        administration.create(new NewUser(name, null, EnumSet.of(Role.EDITOR), null));
        assertThatThrownBy(() -> administration.create(new NewUser(name.toUpperCase(), null,
                EnumSet.of(Role.EDITOR), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taken");
    }

    @Test
    void a_disabled_user_cannot_sign_in_until_enabled_again() {
        String name = unique("kim");
        UserSummary user = administration.create(new NewUser(name, null, EnumSet.of(Role.FACT_CHECKER),
                A_GOOD_PASSWORD)).user();

        UserSummary disabled = administration.disable(user.id(), user.version());

        assertThat(disabled.enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername(name).isEnabled()).isFalse();
        assertThatThrownBy(() -> signIn(name, A_GOOD_PASSWORD)).isInstanceOf(DisabledException.class);

        administration.enable(disabled.id(), disabled.version());
        assertThat(signIn(name, A_GOOD_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void changes_to_a_user_are_audited_with_who_and_why_but_never_the_password_hash() {
        String name = unique("lou");
        UserSummary user = administration.create(new NewUser(name, null, EnumSet.of(Role.FACT_CHECKER), null))
                .user();
        user = administration.changeRoles(user.id(), user.version(), EnumSet.of(Role.EDITOR, Role.AUDITOR));
        administration.resetPassword(user.id(), user.version(), A_GOOD_PASSWORD);

        List<RevisionInfo> revisions = revisionsOf(user.id());
        assertThat(revisions).extracting(RevisionInfo::getUsername).containsOnly("admin");
        assertThat(revisions).extracting(RevisionInfo::getReason).containsExactly(
                "Created user " + name + " with roles Fact-checker",
                "Roles of " + name + " set to Editor, Auditor",
                "Reset the password of " + name);
        List<String> auditColumns = jdbc.sql("select lower(column_name) from information_schema.columns "
                + "where table_schema = database() and lower(table_name) = 'app_user_aud'").query(String.class).list();
        assertThat(auditColumns).contains("password_changed_at").doesNotContain("password_hash");
    }

    @Test
    void an_administrator_cannot_disable_themselves_or_drop_their_own_admin_role() {
        UserSummary me = byName("admin");
        assertThatThrownBy(() -> administration.disable(me.id(), me.version()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("your own account");
        assertThatThrownBy(() -> administration.changeRoles(me.id(), me.version(), EnumSet.of(Role.EDITOR)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("your own administrator role");
        assertThat(byName("admin").enabled()).isTrue();
        assertThat(byName("admin").roles()).contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "someone-from-outside", roles = "ADMIN")
    void the_last_enabled_administrator_keeps_the_role() {
        // leave "admin" as the only enabled administrator for the length of this test
        List<UserSummary> paused = new ArrayList<>();
        try {
            for (UserSummary other : administration.users()) {
                if (other.enabled() && other.isAdmin() && !other.username().equals("admin")) {
                    paused.add(administration.disable(other.id(), other.version()));
                }
            }
            UserSummary last = byName("admin");

            assertThatThrownBy(() -> administration.disable(last.id(), last.version()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("last enabled administrator");
            assertThatThrownBy(() -> administration.changeRoles(last.id(), last.version(), EnumSet.of(Role.AUDITOR)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("last enabled administrator");
            assertThat(byName("admin").enabled()).isTrue();
            assertThat(byName("admin").roles()).contains(Role.ADMIN);

            // with a second administrator, the first may step down
            UserSummary deputy = administration.create(new NewUser(unique("deputy"), null, EnumSet.of(Role.ADMIN),
                    null)).user();
            UserSummary demoted = administration.changeRoles(deputy.id(), deputy.version(), EnumSet.of(Role.EDITOR));
            assertThat(demoted.roles()).containsExactly(Role.EDITOR);
        } finally {
            for (UserSummary p : paused) {
                administration.enable(p.id(), p.version());
            }
        }
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused() {
        UserSummary user = administration.create(new NewUser(unique("max"), null, EnumSet.of(Role.EDITOR), null))
                .user();
        administration.changeRoles(user.id(), user.version(), EnumSet.of(Role.AUDITOR));
        assertThatThrownBy(() -> administration.disable(user.id(), user.version()))
                .isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining("reload");
        assertThat(byName(user.username()).enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "erin", roles = {"EDITOR", "FACT_CHECKER", "AUDITOR"})
    void only_administrators_administer_users() {
        assertThatThrownBy(() -> administration.users()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.create(new NewUser(unique("nope"), null, EnumSet.of(Role.ADMIN),
                null))).isInstanceOf(AuthorizationDeniedException.class);
    }

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private UserSummary byName(String username) {
        return administration.users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private List<RevisionInfo> revisionsOf(long userId) {
        try (var em = emf.createEntityManager()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                    .forRevisionsOfEntity(UserAccount.class, false, true)
                    .add(AuditEntity.id().eq(userId))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            return rows.stream().map(r -> (RevisionInfo) r[1]).toList();
        }
    }

    private static String unique(String name) {
        return name + "-" + Long.toString(System.nanoTime(), 36);
    }
}
