package org.verbatim.security;

import java.lang.annotation.Annotation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.MethodMatcher;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.authorization.method.AuthorizationAdvisorProxyFactory;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The roles on use-case methods, checked on the server at every call: part of the web application's security
 * ({@code SecurityConfig}) and all of the light command line's, which has no web server and no Hibernate.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(securedEnabled = true)
public class UseCaseSecurity {

    /**
     * Where the signed-in account is kept: Vaadin's strategy (the thread, else the UI's session), one instance for the
     * whole JVM. Vaadin makes a new instance per application context and installs it as {@link SecurityContextHolder}'s
     * strategy; with several contexts in one JVM (the tests, a second node) the method-security checks of the first
     * context then read an empty holder while callers write into the last one's.
     */
    private static final SecurityContextHolderStrategy SIGNED_IN = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        // the command line has no Vaadin to install it, and checks method security all the same
        SecurityContextHolder.setContextHolderStrategy(SIGNED_IN);
        return SIGNED_IN;
    }

    /**
     * {@code @RolesAllowed} / {@code @PermitAll} on use cases, checked at every call against the account as it is
     * now ({@link AccountCheck}): a disabled account is refused even where {@code @PreAuthorize("isAuthenticated()")}
     * would let it in, and roles removed since sign-in no longer count. Views carry the same annotations for Vaadin's
     * navigation control; they are left out here, or every view would become a proxy.
     */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor useCaseRoles(ObjectProvider<UserAccountRepository> users) {
        return rolesAsNow(new AccountCheck(users::getObject));
    }

    /**
     * {@code useCase} with the role checks it has as a bean of the application (this class's and those of
     * {@code @EnableMethodSecurity(securedEnabled = true)}), for the light command line, which has no application
     * context. Its caller is the system user; an account signed in on the web cannot be looked up there, and is refused.
     */
    public static <T> T checked(T useCase) {
        securityContextHolderStrategy();
        AuthorizationAdvisorProxyFactory proxies = AuthorizationAdvisorProxyFactory.withDefaults();
        proxies.addAdvisor(AuthorizationManagerBeforeMethodInterceptor.secured());
        proxies.addAdvisor((AuthorizationAdvisor) rolesAsNow(new AccountCheck(() -> {
            throw new AccessDeniedException("Accounts signed in on the web are not checked on the command line");
        })));
        return proxies.proxy(useCase);
    }

    private static Advisor rolesAsNow(AccountCheck accounts) {
        Pointcut annotated = onClassOrMethod(RolesAllowed.class).union(onClassOrMethod(PermitAll.class))
                .union(onClassOrMethod(DenyAll.class)).union(onClassOrMethod(PreAuthorize.class));
        ClassFilter notAView = type -> !Component.class.isAssignableFrom(type);
        Pointcut useCases = new ComposablePointcut(notAView, MethodMatcher.TRUE).intersection(annotated);
        Jsr250AuthorizationManager roles = new Jsr250AuthorizationManager();
        AuthorizationManager<MethodInvocation> currentRoles = (authentication, invocation) -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn == null) {
                return roles.authorize(authentication, invocation);
            }
            Authentication current = accounts.current(signedIn);
            return roles.authorize(() -> current, invocation);
        };
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(useCases, currentRoles);
        // before @PreAuthorize, so that a disabled account gets no further
        interceptor.setOrder(AuthorizationInterceptorsOrder.FIRST.getOrder() + 1);
        return interceptor;
    }

    private static ComposablePointcut onClassOrMethod(Class<? extends Annotation> annotation) {
        return new ComposablePointcut((Pointcut) new AnnotationMatchingPointcut(annotation, true))
                .union(new AnnotationMatchingPointcut(null, annotation, true));
    }

}
