package org.khet.procurement;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The procurements and the suppliers' list for those who buy, and the method rules and debarred list for the
 * administrator, all in the management list until procurements get their place on the bar.
 */
@Configuration(proxyBeanMethods = false)
class ProcurementMenu {

    @Bean
    MenuItem procurementsMenu() {
        return new MenuItem(69, ProcurementPages.PATH, "nav.procurements", ProcurementMenu::buys).underManagement();
    }

    @Bean
    MenuItem suppliersMenu() {
        return new MenuItem(70, SupplierPages.PATH, "nav.suppliers", ProcurementMenu::buys).underManagement();
    }

    @Bean
    MenuItem referencePricesMenu() {
        return new MenuItem(71, ReferencePricePages.PATH, "nav.referencePrices", ProcurementMenu::buys)
                .underManagement();
    }

    @Bean
    MenuItem procurementAuditMenu() {
        return new MenuItem(
                        72,
                        AuditQueuePages.PATH,
                        "nav.procurementAudit",
                        u -> u.hasAny(Role.INTERNAL_AUDITOR, Role.AREA_DIRECTOR))
                .underManagement();
    }

    @Bean
    MenuItem procurementRulesMenu() {
        return new MenuItem(920, ProcurementAdminPages.PATH, "nav.procurementRules", u -> u.isAdmin())
                .underManagement();
    }

    /** Those who buy for the office or a school: the procurements and the suppliers are theirs to keep. */
    private static boolean buys(org.khet.platform.KhetUser u) {
        return u.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK);
    }
}
