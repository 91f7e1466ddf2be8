package org.khet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.khet.platform.Assets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts, fonts and images are served under names that carry a hash of their content
 * ({@code /css/khet-5f1c….css}) and may be kept by browsers and proxies for a year: a phone on a rural link loads
 * Bootstrap once, not on every page. A new release changes the names of what changed. Pages link to these names
 * through {@link Assets}; the links in {@code khet.css} (its fonts) are rewritten as it is served.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    /** The flash maps of Spring MVC, not looked up for assets (see {@link AssetFlashMaps}). */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new AssetFlashMaps();
    }

    static boolean isAsset(HttpServletRequest request) {
        return Assets.isAsset(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year =
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        Assets.FOLDERS.forEach((folder, location) -> registry.addResourceHandler(folder + "**")
                .addResourceLocations(location)
                .setCacheControl(year)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**")));
    }
}
