package org.verbatim.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /api/openapi}, browsable at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI verbatimOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Verbatim API").version("1")
                        .description("Articles, quotes, speakers, review workflow, search, audit history and exports."
                                + " Sign in with a personal API token (created under API tokens in Verbatim) as"
                                + " 'Authorization: Bearer …', or with HTTP basic. The same roles apply as in the UI."
                                + " Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal API token, vbt_…"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
