package org.khet.procurement;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OCDS 1.1 export, open to everyone: release packages of the published releases (a page, every one streamed, or
 * the change feed after a cursor) and the record package of one procurement with its compiled release.
 */
@RestController
@RequestMapping("/api/v1/public/ocds")
class OcdsApi {

    static final int MAX_SIZE = 1000;

    private final OcdsReleases releases;
    private final OcdsPackages packages;
    private final JsonMapper json;

    OcdsApi(OcdsReleases releases, OcdsPackages packages, JsonMapper json) {
        this.releases = releases;
        this.packages = packages;
        this.json = json;
    }

    @GetMapping("/releases")
    @Operation(
            summary = "A release package of the published OCDS releases, in (date, id) order",
            description = "from/to (yyyy-MM-dd, Thailand days) and buyer (a school's 8-digit or an office's 4-digit "
                    + "code) narrow them. With page (from 1) and size (default 100, at most 1000): one page, "
                    + "links.next naming the next. With since (a cursor from a previous links.next, or a date-time): "
                    + "the change feed, up to size releases after it, links.next carrying the next cursor (204 when "
                    + "nothing is new: ask again with the same since). With neither: every release, streamed. "
                    + "A package holds at least one release: 404 when none matches.")
    void releases(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String buyer,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String since,
            HttpServletResponse response)
            throws IOException {
        OcdsReleases.Filter filter = new OcdsReleases.Filter(day("from", from), day("to", to), buyer);
        int count = size(size);
        UriComponentsBuilder here = ServletUriComponentsBuilder.fromCurrentRequest();
        if (since != null) {
            feed(filter, OcdsReleases.Position.since(since.strip()), count, here, response);
        } else if (page != null || size != null) {
            page(filter, page == null ? 1 : page, count, here, response);
        } else if (releases.any(filter)) {
            // Written on the request's own thread (no async time-out however long the export), as the cursor reads.
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            packages.write(response.getOutputStream(), here.toUriString(), each -> releases.each(filter, each), null);
        } else {
            throw new NotFoundException("release");
        }
    }

    private void feed(
            OcdsReleases.Filter filter,
            OcdsReleases.Position after,
            int count,
            UriComponentsBuilder here,
            HttpServletResponse response)
            throws IOException {
        List<OcdsReleases.Release> found = releases.after(after, filter, count);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        List<OcdsReleases.Release> shown = found.subList(0, Math.min(count, found.size()));
        String cursor = shown.get(shown.size() - 1).position().cursor();
        write(shown, here, here.cloneBuilder().replaceQueryParam("since", cursor), count, response);
    }

    private void page(
            OcdsReleases.Filter filter, int number, int count, UriComponentsBuilder here, HttpServletResponse response)
            throws IOException {
        if (number < 1) {
            throw RejectedException.of("page", Texts.of("procurement.ocds.page"));
        }
        List<OcdsReleases.Release> found = releases.page(filter, number, count);
        if (found.isEmpty()) {
            throw new NotFoundException("release");
        }
        UriComponentsBuilder next =
                found.size() > count ? here.cloneBuilder().replaceQueryParam("page", number + 1) : null;
        write(found.subList(0, Math.min(count, found.size())), here, next, count, response);
    }

    /** A package of {@code shown}, with {@code next} (and the size asked) as its {@code links.next} when given. */
    private void write(
            List<OcdsReleases.Release> shown,
            UriComponentsBuilder here,
            UriComponentsBuilder next,
            int count,
            HttpServletResponse response)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        packages.write(
                response.getOutputStream(),
                here.toUriString(),
                shown::forEach,
                next == null ? null : next.replaceQueryParam("size", count).toUriString());
    }

    @GetMapping("/records/{ocid}")
    @Operation(
            summary = "The record package of one procurement: its releases and its compiled release",
            description = "The compiled release merges the releases by OCDS's rules: the latest value wins, arrays "
                    + "of objects with an id merge by id.")
    ResponseEntity<JsonNode> record(@PathVariable String ocid) {
        List<OcdsReleases.Release> found = releases.of(ocid);
        if (found.isEmpty()) {
            throw new NotFoundException("procurement");
        }
        List<JsonNode> parsed = found.stream().map(r -> json.readTree(r.json())).toList();
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(packages.record(uri, ocid, parsed, OcdsMerge.compile(parsed)));
    }

    private static LocalDate day(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw RejectedException.of(field, Texts.of("procurement.ocds.day"));
        }
    }

    private static int size(Integer size) {
        if (size == null) {
            return 100;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RejectedException.of("size", Texts.of("procurement.ocds.size", String.valueOf(MAX_SIZE)));
        }
        return size;
    }
}
