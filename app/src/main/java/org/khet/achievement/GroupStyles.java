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
                String text = org.khet.platform.ReportColours.textOn(g.colour());
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
}
