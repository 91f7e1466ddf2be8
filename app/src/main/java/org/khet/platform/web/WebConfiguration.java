package org.khet.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new UserLocaleResolver();
    }

    /**
     * Links are not rewritten by the resource chain's filter: it made every link of a page look for a classpath
     * resource, and a 300-school table spent most of its time there. Templates name assets through
     * {@code #assets.url(…)} instead (see {@link StaticAssets}), so only asset links are looked up.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<
                    org.springframework.web.servlet.resource.ResourceUrlEncodingFilter>
            resourceUrlEncodingFilter() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new org.springframework.web.servlet.resource.ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
