package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A draft's life and the sending options for schools' own systems: change a draft (with the version last read) or
 * delete it, record how a sent letter went to an external addressee, an organisation's saved recipient groups, and
 * the people of the area by name.
 */
@RestController
@RequestMapping("/api/v1/correspondence")
@Tag(name = "Correspondence")
class DraftApi {

    record Dispatch(Integer position, String detail, LocalDate wentOn) {}

    record NewGroup(String org, String name, CorrespondenceApi.To members) {}

    private final Organisations organisations;
    private final DraftEditing editing;
    private final LetterReading reading;
    private final ExternalDispatch external;
    private final RecipientGroups groups;
    private final AddressOptions options;
    private final OfficialForm official;

    DraftApi(
            Organisations organisations,
            DraftEditing editing,
            LetterReading reading,
            ExternalDispatch external,
            RecipientGroups groups,
            AddressOptions options,
            OfficialForm official) {
        this.official = official;
        this.organisations = organisations;
        this.editing = editing;
        this.reading = reading;
        this.external = external;
        this.groups = groups;
        this.options = options;
    }

    @PutMapping("/letters/{id}")
    @Operation(summary = "Change a draft: the same fields as writing one, with `version` as last read (409 when stale)")
    Map<String, Object> change(
            @PathVariable long id,
            @RequestBody CorrespondenceApi.NewLetter body,
            @AuthenticationPrincipal KhetUser me) {
        if (body.version() == null) {
            throw RejectedException.of("version", Texts.of("correspondence.draft.stale"));
        }
        OfficialBlocks blocks = body.blocks().checked();
        int version = editing.change(id, body.version(), body.draft(), me);
        official.keep(id, blocks);
        return Map.of("id", id, "version", version);
    }

    @DeleteMapping("/letters/{id}")
    @Operation(summary = "Delete a draft (a sent letter or a memo's letter is refused with 409)")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        editing.delete(id, me);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/letters/{id}/dispatch")
    @Operation(
            summary = "Record how a sent letter went to external addressee `position` (from 1): detail and went_on",
            description = "Written into the dispatch register's remarks.")
    Map<String, Object> dispatch(
            @PathVariable long id,
            @RequestParam(required = false) String org,
            @RequestBody Dispatch body,
            @AuthenticationPrincipal KhetUser me) {
        LetterReading.Read read = reading.read(id, org, me);
        if (!read.asSender()) {
            throw new NotFoundException("letter");
        }
        external.record(
                read.letter(),
                read.viewer(),
                body.position() == null ? 0 : body.position(),
                body.detail(),
                body.wentOn(),
                me);
        return Map.of("external", external.of(id));
    }

    @GetMapping("/groups")
    @Operation(summary = "The saved recipient groups of an organisation")
    List<RecipientGroups.Group> groups(@RequestParam String org, @AuthenticationPrincipal KhetUser me) {
        return groups.of(organisations.actingFor(org, me));
    }

    @PostMapping("/groups")
    @Operation(summary = "Save a recipient group: {org, name, members: {schools, networks, sizes, units, office}}")
    ResponseEntity<Map<String, Long>> newGroup(@RequestBody NewGroup body, @AuthenticationPrincipal KhetUser me) {
        Organisation org = organisations.actingFor(body.org(), me);
        CorrespondenceApi.To m = body.members() == null
                ? new CorrespondenceApi.To(null, null, false, null, false, null, null, null, null)
                : body.members();
        LetterDraft members =
                CorrespondenceApi.NewLetter.addressedTo(body.org(), m).draft();
        long id = groups.create(org, body.name(), members, me);
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    @GetMapping("/people")
    @Operation(summary = "Active people of the organisation's area whose name matches q, to address by name")
    List<AddressOptions.PersonChoice> people(
            @RequestParam String org, @RequestParam String q, @AuthenticationPrincipal KhetUser me) {
        return options.people(organisations.actingFor(org, me).areaId(), q);
    }
}
