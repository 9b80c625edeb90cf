package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.accuracy.ui.AccuracyView;
import org.verbatim.audit.ui.ArticleHistoryView;
import org.verbatim.audit.ui.AuditLogView;
import org.verbatim.audit.ui.QuoteHistoryView;
import org.verbatim.compare.ui.CompareView;
import org.verbatim.compare.ui.ConflictsView;
import org.verbatim.compare.ui.SearchIndexView;
import org.verbatim.compare.ui.SearchView;
import org.verbatim.compare.ui.TimelineView;
import org.verbatim.export.ui.ExportsView;
import org.verbatim.home.ui.HomeView;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.registry.ui.SpeakerStatementsView;
import org.verbatim.registry.ui.SpeakersView;
import org.verbatim.review.ui.ApprovalView;
import org.verbatim.review.ui.ArticleReaderView;
import org.verbatim.review.ui.ArticlesView;
import org.verbatim.review.ui.MyWorkView;
import org.verbatim.review.ui.ReviewQueueView;
import org.verbatim.security.ui.ApiTokensView;
import org.verbatim.security.ui.LoginView;
import org.verbatim.security.ui.UsersView;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * Every screen, opened by everyone: each role navigates to each route on the server (Vaadin's navigation access
 * control, as a browser's navigation reaches it: over plain HTTP a signed-in browser gets the same start page for any
 * route, and the route is decided when its client asks for it), and over HTTP nobody signed in and a disabled user
 * are sent to sign in. Who may open what is written out below; a route added without a row, or a rule that changes,
 * fails the test.
 */
@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class RouteAccessMatrixIT extends SpringBrowserlessTest {

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministration administration;

    @Autowired
    ArticleImporter importer;

    @Autowired
    QuoteRepository quotes;

    record Screen(Class<? extends Component> view, String location, Set<Role> allowed) {
    }

    @Test
    void each_role_opens_exactly_the_screens_its_rules_allow_and_nobody_signed_in_opens_none() {
        String m = Long.toString(System.nanoTime(), 36);
        ImportOutcome imported = RunAs.user("mxr-fiona", Role.FACT_CHECKER).call(() -> importer.importText(
                "Weir " + m + "\n\n“The weir " + m + " holds,” said Ove Lund.\n", ArticleImporter.Details.none("mx")));
        long article = imported.articleId();
        var quote = quotes.findByArticleIdOrderByStartOffset(article).getFirst();
        long speaker = quote.getSpeaker().getId();

        List<Screen> screens = List.of(
                new Screen(ArticlesView.class, "", EVERYONE),
                new Screen(HomeView.class, "home", EVERYONE),
                new Screen(ArticleReaderView.class, "articles/" + article, EVERYONE),
                new Screen(ReviewQueueView.class, "queue", EnumSet.of(Role.FACT_CHECKER)),
                new Screen(MyWorkView.class, "my-work", EnumSet.of(Role.FACT_CHECKER, Role.EDITOR, Role.ADMIN)),
                new Screen(ApprovalView.class, "approvals", EnumSet.of(Role.EDITOR)),
                new Screen(ConflictsView.class, "conflicts", EnumSet.of(Role.FACT_CHECKER, Role.EDITOR)),
                new Screen(SearchView.class, "search", EVERYONE),
                new Screen(CompareView.class, "compare", EVERYONE),
                new Screen(TimelineView.class, "timeline", EVERYONE),
                new Screen(SpeakersView.class, "speakers", EVERYONE),
                new Screen(SpeakerStatementsView.class, "speakers/" + speaker, EVERYONE),
                new Screen(AccuracyView.class, "accuracy", EnumSet.of(Role.EDITOR, Role.AUDITOR, Role.ADMIN)),
                new Screen(AuditLogView.class, "history", EnumSet.of(Role.AUDITOR, Role.ADMIN)),
                new Screen(QuoteHistoryView.class, "history/quote/" + quote.getId(), EnumSet.of(Role.AUDITOR,
                        Role.ADMIN)),
                new Screen(ArticleHistoryView.class, "history/article/" + article, EnumSet.of(Role.AUDITOR,
                        Role.ADMIN)),
                new Screen(ApiTokensView.class, "api-tokens", EVERYONE),
                new Screen(ExportsView.class, "exports", EVERYONE),
                new Screen(SearchIndexView.class, "admin/search-index", EnumSet.of(Role.ADMIN)),
                new Screen(UsersView.class, "admin/users", EnumSet.of(Role.ADMIN)));

        // the sign-in page is the one route for those not signed in
        Set<String> rows = screens.stream().map(s -> s.view().getName()).collect(Collectors.toCollection(TreeSet::new));
        rows.add(LoginView.class.getName());
        assertThat(routes()).as("one row per @Route, no more, no less").isEqualTo(rows);

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role role : Role.values()) {
            signedInAs(users.create("mxr-" + role.name().toLowerCase() + "-" + m, role).getUsername(), role);
            try {
                for (Screen screen : screens) {
                    cells++;
                    boolean opened;
                    try {
                        navigate(screen.location(), screen.view());
                        opened = screen.view().isInstance(getCurrentView());
                    } catch (IllegalArgumentException refused) {
                        opened = false;
                    }
                    if (opened != screen.allowed().contains(role)) {
                        wrong.add(role + " " + (opened ? "opened " : "was refused ") + screen.location() + " ("
                                + getCurrentView().getClass().getSimpleName() + ")");
                    }
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        // over HTTP: nobody signed in is sent to sign in, for every screen
        HttpBrowser nobody = new HttpBrowser(port);
        assertThat(nobody.get("/login").statusCode()).isEqualTo(200);
        for (Screen screen : screens) {
            cells++;
            expectSignIn(nobody.get("/" + screen.location()), "nobody at /" + screen.location(), wrong);
        }
        // a disabled user cannot sign in, and one disabled while signed in is sent to sign in from every screen
        String off = "mxr-off-" + m;
        UserAccount account = users.create(off, Role.values());
        HttpBrowser open = new HttpBrowser(port);
        assertThat(open.signIn(off, TestUsers.PASSWORD)).doesNotContain("error");
        assertThat(open.get("/history").statusCode()).isEqualTo(200);
        RunAs.user("admin", Role.ADMIN).call(() -> administration.disable(account.getId(), administration.users()
                .stream().filter(u -> u.id() == account.getId()).findFirst().orElseThrow().version()));
        assertThat(new HttpBrowser(port).signIn(off, TestUsers.PASSWORD)).contains("error");
        for (Screen screen : screens) {
            cells++;
            expectSignIn(open.get("/" + screen.location()), "disabled user at /" + screen.location(), wrong);
        }

        System.out.println("RouteAccessMatrixIT: " + (screens.size() + 1) + " routes, " + cells + " cells ("
                + Role.values().length + " roles on the server, nobody and a disabled user over HTTP)");
        assertThat(wrong).as("screens opened or refused against the rules").isEmpty();
    }

    private static void expectSignIn(HttpResponse<String> response, String cell, List<String> wrong) {
        boolean toSignIn = response.statusCode() == 302 && response.headers().firstValue("Location")
                .map(l -> l.endsWith("/login")).orElse(false);
        if (!toSignIn) {
            wrong.add(cell + ": " + response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
        }
    }

    private static void signedInAs(String username, Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
    }

    /** Every class with {@code @Route} in Verbatim. */
    private static Set<String> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.verbatim").stream().map(b -> b.getBeanClassName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
