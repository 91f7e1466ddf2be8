package org.khet;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khet.platform.Role;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.HourHasPassed;

/**
 * Two instances of Khet on one external PostgreSQL, as a load balancer would run them: a session made on one is
 * valid on the other, a rate limit used on one counts on the other, and the hourly escalation that both run at the
 * same moment raises each overdue case once; letters sent at the same moment through both take one register's
 * numbers without gap or repeat.
 */
class TwoInstancesTest {

    private static final String ADMIN_PASSWORD = "two-instances-password";
    private static EmbeddedPostgres server;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startOneDatabaseAndTwoInstances() throws Exception {
        server = EmbeddedPostgres.builder().start();
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        // The instances share the data directory as they must (attachments, the key of the limits' pseudonyms).
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "two-instances-");
        // One after the other: the first migrates the database, the second finds it migrated.
        a = start(url, dir);
        b = start(url, dir);
    }

    @AfterAll
    static void stop() throws Exception {
        for (var app : new ConfigurableApplicationContext[] {b, a}) {
            if (app != null) {
                app.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSessionMadeOnOneInstanceIsValidOnTheOther() {
        WebSession onA = WebSession.signedIn(port(a), "admin", ADMIN_PASSWORD);
        WebSession onB = onA.at(port(b));
        HttpResponse<String> profile = onB.get("/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("admin");
        assertThat(new WebSession(port(b), null).get("/profile").statusCode())
                .as("without the cookie B asks for a sign-in")
                .isEqualTo(302);

        assertThat(onB.postForm("/profile", "/logout", "").statusCode()).isEqualTo(302);
        HttpResponse<String> afterLogout = onA.get("/profile");
        assertThat(afterLogout.statusCode())
                .as("signed out on B, the session is gone on A too")
                .isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void aRateLimitUsedOnOneInstanceCountsOnTheOtherAndAnOverdueCaseIsRaisedOnce() throws Exception {
        String areaCode = area();
        String client = "203.0.113.77";
        List<String> filed = new ArrayList<>();
        // Five public filings per client in ten minutes: three on A and two on B use them up.
        for (var app : List.of(a, a, a, b, b)) {
            Api.Response r = file(app, client, areaCode);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            filed.add(r.json().get("tracking_code").asString());
        }
        assertThat(file(a, client, areaCode).status()).isEqualTo(429);
        assertThat(file(b, client, areaCode).status()).isEqualTo(429);
        assertThat(file(b, "203.0.113.78", areaCode).status())
                .as("another client has its own count")
                .isEqualTo(201);

        JdbcClient jdbc = a.getBean(JdbcClient.class);
        // Made overdue by a day: raised to the legal group, not yet to the director.
        jdbc.sql("update complaints.complaint set due_on = current_date - 1 where tracking_code = any(:codes)")
                .param("codes", filed.toArray(String[]::new))
                .update();
        hourPassesOnBothAtOnce();

        for (String code : filed) {
            assertThat(steps(jdbc, code, "ESCALATED")).as(code).isEqualTo(1);
            assertThat(steps(jdbc, code, "ESCALATED_TO_DIRECTOR")).as(code).isZero();
        }
    }

    @Test
    void fiftyLettersSentAtOnceThroughBothInstancesTakeNumbersOneToFiftyOfOneRegister() throws Exception {
        TestArea area = TestArea.open(a, "6752");
        area.school("0001", "โรงเรียนสองเครื่อง");
        area.account("director.6752", Role.AREA_DIRECTOR, null);
        Api onA = Api.asUser(port(a), "director.6752", TestArea.PASSWORD);
        Api onB = Api.asUser(port(b), "director.6752", TestArea.PASSWORD);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Api.Response r = onA.post("/api/v1/correspondence/letters", """
                    {"from": "6752", "kind": "EXTERNAL", "subject": "หนังสือที่ %d", "to": {"schools": ["67520001"]}}""".formatted(i));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            drafts.add(r.json().get("id").asLong());
        }

        CyclicBarrier together = new CyclicBarrier(drafts.size());
        List<CompletableFuture<Api.Response>> sends = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Api through = i % 2 == 0 ? onA : onB;
            long id = drafts.get(i);
            sends.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            together.await(60, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return through.post("/api/v1/correspondence/letters/" + id + "/send", "");
                    },
                    pool));
        }
        List<Integer> sequences = new ArrayList<>();
        for (var send : sends) {
            Api.Response r = send.get(120, TimeUnit.SECONDS);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("register").asString()).isEqualTo("DISPATCH");
            int sequence = r.json().get("sequence").asInt();
            assertThat(r.json().get("number").asString()).isEqualTo("ศธ 06752/" + sequence);
            sequences.add(sequence);
        }
        pool.shutdown();

        List<Integer> oneToFifty =
                java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList();
        assertThat(sequences).containsExactlyInAnyOrderElementsOf(oneToFifty);
        assertThat(a.getBean(JdbcClient.class)
                        .sql("""
                                select sequence from correspondence.register_entry
                                where area_id = :area and register = 'DISPATCH' order by sequence""")
                        .param("area", area.id())
                        .query(Integer.class)
                        .list())
                .as("the register holds each number once")
                .containsExactlyElementsOf(oneToFifty);
    }

    /** Both instances hear the hour at the same moment, as their moments would on the hour. */
    private static void hourPassesOnBothAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        HourHasPassed hour = HourHasPassed.of(LocalDateTime.now(ZoneId.of("Asia/Bangkok")));
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (var app : List.of(a, b)) {
            runs.add(CompletableFuture.runAsync(() -> {
                try {
                    together.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                app.publishEvent(hour);
            }));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    private static long steps(JdbcClient jdbc, String code, String step) {
        return jdbc.sql("""
                        select count(*) from complaints.complaint_step s join complaints.complaint c on c.id = s.complaint_id
                        where c.tracking_code = :code and s.step = :step""")
                .param("code", code)
                .param("step", step)
                .query(Long.class)
                .single();
    }

    private static Api.Response file(ConfigurableApplicationContext app, String client, String areaCode) {
        return Api.anonymous(port(app)).with("X-Forwarded-For", client).post("/api/v1/public/complaints", """
                        {"area_code": "%s", "category": "HELP", "subject": "สองเครื่อง",
                         "details": "ทดสอบสองอินสแตนซ์", "anonymous": true}""".formatted(
                        areaCode));
    }

    /** The database is external, so it has no demo area: the registry makes one. */
    private static String area() {
        a.getBean(Areas.class)
                .create(new Areas.NewArea("9371", "สพป.ทดสอบสองเครื่อง", "Two instances test area", "ศธ 09371"), null);
        return "9371";
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(String url, Path dir) {
        return new SpringApplicationBuilder(KhetApplication.class)
                .run(
                        "--server.port=0",
                        "--khet.data-dir=" + dir,
                        "--khet.db.url=" + url,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--khet.admin-password=" + ADMIN_PASSWORD,
                        "--spring.mail.host=localhost",
                        "--spring.mail.port=" + TestPeers.smtpPort(),
                        "--khet.sms.url=" + TestPeers.smsUrl());
    }
}
