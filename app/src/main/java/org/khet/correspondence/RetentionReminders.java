package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells each organisation that keeps a register what the last year end asks of it, by the deadlines in force: the
 * destruction list to be made and its committee named, the twenty-year records to be handed to the National
 * Archives. Once when the year has ended, once when the deadline is near, once when it has passed; never for a list
 * that is empty or already done. The director is told, and at a school its clerks too. Every instance hears the
 * hour; a reminder is recorded before anyone is told, so two instances never tell twice.
 */
@Component
class RetentionReminders {

    /** The two lists a year end asks for. */
    enum Work {
        DESTRUCTION,
        TRANSFER
    }

    private final JdbcClient jdbc;
    private final RetentionDeadlines deadlines;
    private final DestructionLists lists;
    private final ArchiveTransfers transfers;
    private final Organisations organisations;
    private final Registers registers;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final String publicUrl;

    RetentionReminders(
            JdbcClient jdbc,
            RetentionDeadlines deadlines,
            DestructionLists lists,
            ArchiveTransfers transfers,
            Organisations organisations,
            Registers registers,
            Notifications notifications,
            PlatformTransactionManager transactionManager,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.lists = lists;
        this.transfers = transfers;
        this.organisations = organisations;
        this.registers = registers;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.publicUrl = publicUrl;
    }

    @EventListener
    void on(HourHasPassed hour) {
        LocalDate today = registers.today();
        for (long area : jdbc.sql("select distinct area_id from correspondence.register_counter")
                .query(Long.class)
                .list()) {
            remind(area, today);
        }
    }

    /** Reminds the organisations of area {@code areaId} as of {@code today}; how many reminders told someone. */
    int remind(long areaId, LocalDate today) {
        return keepers(areaId).stream().mapToInt(org -> remind(org, today)).sum();
    }

    /** Reminds {@code org} of what the last year end asks as of {@code today}; how many reminders told someone. */
    int remind(Organisation org, LocalDate today) {
        RetentionDeadlines.Due due = deadlines.after(today.getYear() + 543 - 1);
        int told = 0;
        for (Work work : Work.values()) {
            LocalDate by = work == Work.DESTRUCTION ? due.destructionBy() : due.transferBy();
            var stage = due.stage(by, today);
            if (stage.isPresent()
                    && Boolean.TRUE.equals(transactions.execute(s -> remind(org, due, work, by, stage.get())))) {
                told++;
            }
        }
        return told;
    }

    /** The organisations of the area that have numbered anything: those with a register to keep. */
    private List<Organisation> keepers(long areaId) {
        return jdbc.sql("""
                        select distinct school_id from correspondence.register_counter where area_id = :area""").param("area", areaId).query((rs, n) -> (Long) rs.getObject("school_id")).list().stream()
                .map(school -> organisations.byId(areaId, school))
                .toList();
    }

    private boolean remind(
            Organisation org, RetentionDeadlines.Due due, Work work, LocalDate by, RetentionDeadlines.Stage stage) {
        if (reminded(org, due.yearEnd(), work, stage) || done(org, due.yearEnd(), work)) {
            return false;
        }
        int rows = work == Work.DESTRUCTION
                ? lists.destruction(org, due.yearEnd()).size()
                : lists.transfer(org, due.yearEnd()).size();
        int recorded = jdbc.sql("""
                        insert into correspondence.retention_reminder (area_id, school_id, year_end, list, stage, rows_due)
                        values (:area, :school, :yearEnd, :list, :stage, :rows)
                        on conflict on constraint retention_reminder_once do nothing""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("yearEnd", due.yearEnd())
                .param("list", work.name())
                .param("stage", stage.name())
                .param("rows", rows)
                .update();
        if (recorded == 0 || rows == 0) {
            return false;
        }
        Message message = Message.of(
                "correspondence",
                "retention " + org.code() + " " + due.yearEnd(),
                "correspondence.notify.retention." + work.name(),
                org.nameTh(),
                String.valueOf(due.yearEnd()),
                rows,
                new DefaultMessageSourceResolvable(
                        new String[] {"correspondence.notify.day"},
                        new Object[] {RegisterBook.day(by, "th"), RegisterBook.day(by, "en")}),
                Message.text("correspondence.notify.retention.stage." + stage.name()),
                publicUrl,
                org.code());
        notifications.toHoldersOf(Organisations.directorOf(org.areaId(), org.schoolId()), message);
        if (!org.isOffice()) {
            notifications.toHoldersOf(new RoleGrant(Role.SCHOOL_CLERK, org.areaId(), null, org.schoolId()), message);
        }
        return true;
    }

    private boolean reminded(Organisation org, int yearEnd, Work work, RetentionDeadlines.Stage stage) {
        return jdbc.sql("""
                        select count(*) from correspondence.retention_reminder
                        where %s and year_end = :yearEnd and list = :list and stage = :stage""".formatted(org.rows("")))
                        .param("area", org.areaId())
                        .param("school", org.schoolId())
                        .param("yearEnd", yearEnd)
                        .param("list", work.name())
                        .param("stage", stage.name())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private boolean done(Organisation org, int yearEnd, Work work) {
        return work == Work.DESTRUCTION
                ? lists.committee(org, yearEnd).isPresent()
                : transfers.of(org, yearEnd).isPresent();
    }
}
