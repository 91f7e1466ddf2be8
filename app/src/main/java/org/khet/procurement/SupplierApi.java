package org.khet.procurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The area's suppliers and the method rules, for schools' own systems and scripts. */
@RestController
@Tag(name = "Procurement")
@RequestMapping("/api/v1/procurement")
class SupplierApi {

    record NewSupplier(String area_code, String tax_id, String name, String address, List<String> directors) {}

    private final Suppliers suppliers;
    private final MethodRules rules;
    private final Areas areas;

    SupplierApi(Suppliers suppliers, MethodRules rules, Areas areas) {
        this.suppliers = suppliers;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping("/suppliers")
    @Operation(
            summary = "The area's suppliers whose name or tax ID holds q",
            description = "tax_id is whole for those who keep the list (the office's director and staff, a school's "
                    + "director and clerk) and for juristic persons; a person's is masked for anyone else. debarred: "
                    + "on the government's list of debarred suppliers as last imported.")
    Map<String, Object> suppliers(
            @RequestParam("area_code") String areaCode,
            @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal KhetUser me) {
        Area area = area(areaCode, me);
        return Map.of(
                "suppliers",
                suppliers.find(area.id(), q, me).stream().map(SupplierApi::json).toList());
    }

    @PostMapping("/suppliers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Adds a supplier to the area's list",
            description = "tax_id: 13 digits with the national ID's check digit (spaces and dashes allowed). 422 names "
                    + "each wrong field; 409 when the area already has that tax ID.")
    Map<String, Object> add(@RequestBody NewSupplier body, @AuthenticationPrincipal KhetUser me) {
        Area area = area(body.area_code(), me);
        long id = suppliers.add(
                area.id(), new Suppliers.Draft(body.tax_id(), body.name(), body.address(), body.directors()), me);
        return Map.of("id", id);
    }

    @GetMapping("/method-rules")
    @Operation(
            summary = "The methods a purchase may use, by budget (baht) and e-catalogue, on a day (today by default)",
            description = "Each band: method, variant (E_RFQ, E_AUCTION), ocds_method, above (exclusive), up_to "
                    + "(inclusive, null: no ceiling), min_invited, valid_from, source.")
    Map<String, Object> methods(
            @RequestParam BigDecimal budget,
            @RequestParam(name = "e_catalogue", defaultValue = "false") boolean eCatalogue,
            @RequestParam(required = false) LocalDate date) {
        LocalDate day = date == null ? rules.today() : date;
        return Map.of(
                "date",
                day.toString(),
                "methods",
                rules.allowing(budget, eCatalogue, day).stream()
                        .map(SupplierApi::json)
                        .toList());
    }

    private Area area(String code, KhetUser me) {
        Area area = areas.byCode(code == null ? "" : code.strip()).orElseThrow(() -> new NotFoundException("area"));
        if (!me.canRead(area.id())) {
            throw new ForbiddenException("read area " + code);
        }
        return area;
    }

    private static Map<String, Object> json(Suppliers.Supplier s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("tax_id", s.taxId());
        m.put("juristic", s.juristic());
        m.put("name", s.name());
        m.put("address", s.address());
        m.put("directors", s.directors());
        m.put("debarred", s.debarred());
        m.put("debarred_reference", s.debarredReference());
        return m;
    }

    private static Map<String, Object> json(MethodRules.Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", r.method().name());
        m.put("variant", r.variant());
        m.put("ocds_method", r.method().ocds());
        m.put("method_details", r.method().label().th());
        m.put("above", r.above());
        m.put("up_to", r.upTo());
        m.put("min_invited", r.minInvited());
        m.put("valid_from", r.validFrom().toString());
        m.put("source", r.source());
        return m;
    }
}
