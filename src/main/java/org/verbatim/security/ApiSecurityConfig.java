package org.verbatim.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Host;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's own filter chain, ahead of the Vaadin one: stateless, no CSRF (no cookies are used), signed in per
 * request by a personal API token ({@code Authorization: Bearer vbt_…}) or HTTP basic with the user's password.
 * Roles are checked in the use cases, as for the UI. Failures answer as RFC 9457 problem details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfig {

    static final String REALM = "Verbatim API";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, JsonMapper json, Clock clock)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (e instanceof SignInLockedException locked) {
                long seconds = Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                ApiFailureFilter.write(json, response, 429, "Too many failed sign-ins",
                        "Signing in failed too often for this account or from this address; try again in " + seconds
                                + " seconds.", request.getRequestURI());
                return;
            }
            response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
            response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            ApiFailureFilter.write(json, response, 401, "Sign in needed",
                    "Send a personal API token as 'Authorization: Bearer …' (create one under API tokens in"
                            + " Verbatim) or your user name and password with HTTP basic authentication.",
                    request.getRequestURI());
        };
        AccessDeniedHandler forbidden = (request, response, e) -> ApiFailureFilter.write(json, response, 403,
                "Not allowed", "Your roles do not allow this.", request.getRequestURI());
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/swagger-ui/**"),
                        paths.matcher("/swagger-ui.html"), ApiSecurityConfig::isErrorOfApiRequest))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**",
                                "/api/swagger-ui/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .headers(SecurityHeaders.everywhere())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterBefore(new ApiFailureFilter(json), DisableEncodeUrlFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens::authenticate, unauthorized), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** The container's error dispatch for a failed /api request: answered by this chain, not the UI's. */
    private static boolean isErrorOfApiRequest(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }

    /** Tomcat's own error page, for requests refused before any filter, answers /api with problem details too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports() {
        // unordered, so after Spring Boot's customizer, whose error report valve this one replaces
        return factory -> factory.addContextCustomizers(context -> ApiErrorReportValve.install((Host) context
                .getParent()));
    }

    /** A request the firewall rejects (an encoded slash, a double dot…) is a 400, answered as a problem too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(400);
    }

    /** Signs the request in by its bearer token; a wrong token is a 401, not an anonymous request. */
    static final class BearerTokenFilter extends OncePerRequestFilter {
        private final Function<String, Optional<Authentication>> tokens;
        private final AuthenticationEntryPoint unauthorized;

        BearerTokenFilter(Function<String, Optional<Authentication>> tokens, AuthenticationEntryPoint unauthorized) {
            this.tokens = tokens;
            this.unauthorized = unauthorized;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response);
                return;
            }
            var authentication = tokens.apply(header.substring(7).strip());
            if (authentication.isEmpty()) {
                SecurityContextHolder.clearContext();
                unauthorized.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication.get());
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
        }
    }
}
