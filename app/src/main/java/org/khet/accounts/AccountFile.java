package org.khet.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.NewAccounts;
import org.khet.platform.Places;
import org.khet.platform.RoleGrant;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts from a CSV or Excel file ({@code username,display_name,email,role,area_code,unit_code,school_code}), each
 * on a random first-sign-in password. Atomic: any bad row refuses the file with every row's reasons, and nothing
 * is made.
 */
@Component
class AccountFile {

    static final List<String> COLUMNS =
            List.of("username", "display_name", "email", "role", "area_code", "unit_code", "school_code");
    private static final int MAX_ROWS = 2000;

    private final GrantPlaces places;
    private final Places names;
    private final NewAccounts newAccounts;
    private final Handover handover;

    AccountFile(GrantPlaces places, Places names, NewAccounts newAccounts, Handover handover) {
        this.places = places;
        this.names = names;
        this.newAccounts = newAccounts;
        this.handover = handover;
    }

    @Transactional
    Batch create(byte[] content, KhetUser by, Handover.Choice choice) {
        TabularFile file = TabularFile.read(content);
        ImportErrors errors = new ImportErrors();
        errors.requireColumns(file, List.of("username", "display_name", "role"));
        if (file.rows().size() > MAX_ROWS) {
            errors.add(1, "file", Texts.of("accountFile.tooManyRows", MAX_ROWS));
            errors.throwIfAny();
        }
        List<NewAccounts.NewAccount> accounts = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            read(row, by, errors).ifPresent(accounts::add);
        }
        errors.throwIfAny();
        Map<String, Long> ids = Map.of();
        try {
            ids = newAccounts.createAll(accounts, true, by.homeArea().orElse(null), "accounts from a file");
        } catch (org.khet.shared.RejectedException e) {
            // Rows here count from 1 among the accounts; in the file they are the rows as read.
            for (FieldError f : e.errors()) {
                int at = f.row() == 0 ? 1 : file.rows().get(f.row() - 1).number();
                errors.add(at, f.field(), f.message());
            }
            errors.throwIfAny();
        }
        List<Batch.Slip> slips = new ArrayList<>();
        for (NewAccounts.NewAccount a : accounts) {
            slips.add(new Batch.Slip(
                    ids.get(a.username()),
                    names.describe(a.grant(), by.language()),
                    a.displayName(),
                    a.grant().role().label(by.language()),
                    a.username(),
                    a.password(),
                    a.email()));
        }
        return handover.handOver(Batch.made("", slips, 0), choice, by.homeArea().orElse(null));
    }

    private java.util.Optional<NewAccounts.NewAccount> read(TabularFile.Row row, KhetUser by, ImportErrors errors) {
        List<FieldError> found = new ArrayList<>();
        var grant = places.resolve(
                new GrantPlaces.CodedGrant(
                        row.get("role"), row.get("area_code"), row.get("unit_code"), row.get("school_code")),
                "",
                row.number(),
                found);
        if (grant.isPresent() && !Granting.mayGive(by, grant.get())) {
            found.add(new FieldError(row.number(), "role", Texts.of("accountFile.notYourGrant")));
        }
        if (row.get("display_name").isBlank() || row.get("display_name").length() > 200) {
            found.add(new FieldError(row.number(), "display_name", Texts.of("accountFile.name")));
        }
        found.forEach(f -> errors.add(row.number(), f.field(), f.message()));
        if (!found.isEmpty()) {
            return java.util.Optional.empty();
        }
        String email = row.get("email").isBlank() ? null : row.get("email");
        RoleGrant g = grant.get();
        return java.util.Optional.of(new NewAccounts.NewAccount(
                row.get("username").strip().toLowerCase(java.util.Locale.ROOT),
                row.get("display_name").strip(),
                email,
                FirstPasswords.next(),
                g));
    }
}
