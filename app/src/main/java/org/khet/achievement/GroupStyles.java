package org.khet.achievement;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The colours of every policy's groups as a style sheet (class {@code qg-POLICY-GROUP}), so pages colour cells by
 * class under a strict content security policy, and an administrator's new colour shows without a release.
 */
@RestController
class GroupStyles {

    private final QualityPolicies policies;

    GroupStyles(QualityPolicies policies) {
        this.policies = policies;
    }

    @GetMapping(value = "/achievement/groups.css", produces = "text/css")
    ResponseEntity<String> css() {
        StringBuilder css = new StringBuilder();
        for (QualityPolicy p : policies.all()) {
            for (QualityPolicy.Group g : p.groups()) {
                String name = ".qg-" + p.code() + "-" + g.code();
                String text = textOn(g.colour());
                css.append(name)
                        .append(",.table>:not(caption)>*>")
                        .append(name)
                        .append("{background-color:")
                        .append(g.colour())
                        .append(";color:")
                        .append(text)
                        .append(";--bs-table-bg:")
                        .append(g.colour())
                        .append(";--bs-table-color:")
                        .append(text)
                        .append("}\n");
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES))
                .body(css.toString());
    }

    /** Black or white, whichever reads better on the colour (WCAG relative luminance). */
    static String textOn(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double onWhite = 1.05 / (luminance + 0.05);
        double onBlack = (luminance + 0.05) / 0.05;
        return onBlack >= onWhite ? "#000" : "#fff";
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
