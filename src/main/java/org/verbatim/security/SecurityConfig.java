package org.verbatim.security;


import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.verbatim.security.ui.LoginView;

/**
 * Every view needs a signed-in user with the right role, and so does every use-case method
 * ({@code @RolesAllowed} is checked on the server, whatever the UI shows).
 */
@Configuration
@EnableWebSecurity
@Import(UseCaseSecurity.class)
class SecurityConfig {

    @Bean
    @ConditionalOnWebApplication // the command line runs without a web server, and needs no filter chain
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/components/**", "/images/**").permitAll());
        http.headers(SecurityHeaders.everywhere());
        // sessions an administrator ended (SignedInSessions) are signed out at their next request, which then goes
        // on as anonymous: a page is sent to sign in, the UI's own requests find their session gone and reload
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                .expiredSessionStrategy(expired -> expired.getFilterChain().doFilter(expired.getRequest(),
                        expired.getResponse())));
        // any other address a signed-in person asks for reaches Vaadin, whose views check roles and say "not found" or
        // "not allowed" inside the frame (the default denies it with the servlet container's bare 403 page)
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change their id. */
    @Bean
    @ConditionalOnWebApplication
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and still able to read hashes of other algorithms if the default changes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
