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
     * Links are not rewritten by the resource chain. Khet's asset links are versionless (webjars are resolved when
     * served), and rewriting made every link of a page look for a classpath resource: a 300-school table spent
     * most of its time there.
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
