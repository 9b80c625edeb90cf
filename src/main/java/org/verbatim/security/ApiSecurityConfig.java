package org.verbatim.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
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
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
            response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            write(json, response, HttpStatus.UNAUTHORIZED, "Sign in needed",
                    "Send a personal API token as 'Authorization: Bearer …' (create one under API tokens in"
                            + " Verbatim) or your user name and password with HTTP basic authentication.", request);
        };
        AccessDeniedHandler forbidden = (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN,
                "Not allowed", "Your roles do not allow this.", request);
        http.securityMatcher("/api/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**",
                                "/api/swagger-ui/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String title,
                              String detail, HttpServletRequest request) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Signs the request in by its bearer token; a wrong token is a 401, not an anonymous request. */
    static final class BearerTokenFilter extends OncePerRequestFilter {
        private final ApiTokens tokens;
        private final AuthenticationEntryPoint unauthorized;

        BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
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
            var authentication = tokens.authenticate(header.substring(7).strip());
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
