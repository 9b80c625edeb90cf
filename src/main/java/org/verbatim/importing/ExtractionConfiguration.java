package org.verbatim.importing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.verbatim.extraction.QuoteExtractor;

@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {
    @Bean
    QuoteExtractor quoteExtractor() {
        return new QuoteExtractor();
    }
}
