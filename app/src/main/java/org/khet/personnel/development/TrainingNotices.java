package org.khet.personnel.development;

import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.RoleGrant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells people what waits for them: the director of a teacher's school that a record waits for verification (the
 * office's staff's records wait in the personnel group's queue, unannounced), and the person that their record was
 * verified or returned.
 */
@Component
class TrainingNotices {

    private final Notifications notifications;
    private final String publicUrl;

    TrainingNotices(Notifications notifications, @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    void waiting(long id, long areaId, Long schoolId, String personName, String title) {
        if (schoolId == null) {
            return;
        }
        notifications.toHoldersOf(
                new RoleGrant(org.khet.platform.Role.SCHOOL_DIRECTOR, areaId, null, schoolId),
                Message.of(
                        "personnel",
                        "training record " + id,
                        "personnel.development.notice.waiting",
                        personName,
                        title,
                        link(id)));
    }

    void decided(TrainingRecord r, String status) {
        notifications.toPerson(
                r.filedBy(),
                Message.of(
                        "personnel",
                        "training record " + r.id(),
                        "personnel.development.notice." + status,
                        r.title(),
                        link(r.id())));
    }

    private String link(long id) {
        return publicUrl + DevelopmentPages.PATH + "/records/" + id;
    }
}
