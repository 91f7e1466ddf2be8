package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The retention class of an organisation's own register entry, read and changed by those who act for it. */
@RestController
@Tag(name = "Correspondence")
@RequestMapping("/api/v1/correspondence/registers/{org}/{register}/{year}/{sequence}/retention")
class RetentionApi {

    record Change(String retention) {}

    private final Organisations organisations;
    private final Retention retention;
    private final RetentionClasses classes;
    private final Registers registers;

    RetentionApi(Organisations organisations, Retention retention, RetentionClasses classes, Registers registers) {
        this.organisations = organisations;
        this.retention = retention;
        this.classes = classes;
        this.registers = registers;
    }

    @GetMapping
    @Operation(
            summary = "The retention class of a register entry (year in Buddhist Era) and the year end it is due",
            description = "retention ONE_YEAR, FIVE_YEARS, TEN_YEARS or PERMANENT, or another class an administrator "
                    + "added; due_year_end is the year plus the class's years, null when kept permanently.")
    Map<String, Object> read(
            @PathVariable String org,
            @PathVariable String register,
            @PathVariable int year,
            @PathVariable int sequence,
            @AuthenticationPrincipal KhetUser me) {
        Organisation o = organisations.actingFor(org, me);
        long entry = retention.entry(o, named(register), year, sequence);
        String code = retention.classOf(o, entry);
        Integer years = classes.version(code, registers.today())
                .map(RetentionClasses.RetentionClass::years)
                .orElse(null);
        var answer = new java.util.LinkedHashMap<String, Object>();
        answer.put("retention", code);
        answer.put("due_year_end", years == null ? null : year + years);
        return answer;
    }

    @PutMapping
    @Operation(summary = "Changes a register entry's retention class (audited); body {\"retention\": \"PERMANENT\"}")
    Map<String, Object> change(
            @PathVariable String org,
            @PathVariable String register,
            @PathVariable int year,
            @PathVariable int sequence,
            @RequestBody Change body,
            @AuthenticationPrincipal KhetUser me) {
        Organisation o = organisations.actingFor(org, me);
        retention.set(o, retention.entry(o, named(register), year, sequence), body.retention(), me);
        return read(org, register, year, sequence, me);
    }

    private static Register named(String register) {
        return Register.named(register).orElseThrow(() -> new NotFoundException("register"));
    }
}
