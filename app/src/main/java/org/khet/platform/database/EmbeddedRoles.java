package org.khet.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Khet's own embedded server is set up so the application never connects as a superuser: the role {@code khet}
 * owns the database and everything in it, the superuser {@code postgres} is used only here, at start, and every
 * connection needs its role's password. Each start repeats the steps, so a data directory made by an earlier
 * version (everything owned by {@code postgres}, no passwords) is upgraded in place.
 */
final class EmbeddedRoles {

    static final String ROLE = "khet";
    static final String DATABASE = "khet";

    private static final String HBA = """
            # Written by Khet at every start (EmbeddedRoles): every connection needs its role's password.
            # The passwords are in the data directory: postgres-khet.password and postgres-superuser.password.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    /**
     * Objects an earlier version left to {@code postgres}: schemas, relations, then sequences not tied to a column
     * (those follow their table), routines and stand-alone types; objects of extensions stay with the extension.
     */
    private static final String HAND_OVER = """
            do $$
            declare
              su oid := (select oid from pg_roles where rolname = 'postgres');
              o record;
            begin
              for o in select nspname from pg_namespace
                       where nspowner = su and nspname not like 'pg\\_%' and nspname <> 'information_schema' loop
                execute format('alter schema %I owner to khet', o.nspname);
              end loop;
              for o in select c.oid::regclass as name, case c.relkind when 'v' then 'view'
                         when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end as kind
                       from pg_class c join pg_namespace n on n.oid = c.relnamespace
                       where c.relowner = su and c.relkind in ('r', 'p', 'v', 'm', 'f')
                         and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                         and d.objid = c.oid and d.deptype = 'e') loop
                execute format('alter %s %s owner to khet', o.kind, o.name);
              end loop;
              for o in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                       where c.relowner = su and c.relkind = 'S'
                         and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                         and d.objid = c.oid and d.deptype in ('a', 'i', 'e')) loop
                execute format('alter sequence %s owner to khet', o.name);
              end loop;
              for o in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                       where p.proowner = su and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                         and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                         and d.objid = p.oid and d.deptype = 'e') loop
                execute format('alter routine %s owner to khet', o.name);
              end loop;
              for o in select t.oid::regtype as name, case t.typtype when 'd' then 'domain' else 'type' end as kind
                       from pg_type t join pg_namespace n on n.oid = t.typnamespace
                       where t.typowner = su and t.typtype in ('d', 'e', 'r')
                         and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                         and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                         and d.objid = t.oid and d.deptype = 'e') loop
                execute format('alter %s %s owner to khet', o.kind, o.name);
              end loop;
            end $$""";

    private EmbeddedRoles() {}

    /** Roles, passwords, ownership and pg_hba.conf, with the superuser; then only passwords open the server. */
    static void secure(EmbeddedPostgres postgres, Path pgData, String superuserPassword, String khetPassword) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter role postgres password '" + superuserPassword + "'");
            boolean roleExists = s.executeQuery("select 1 from pg_roles where rolname = '" + ROLE + "'")
                    .next();
            s.execute((roleExists ? "alter role " : "create role ") + ROLE
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                    + khetPassword + "'");
            boolean databaseExists = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")
                    .next();
            s.execute(
                    databaseExists
                            ? "alter database " + DATABASE + " owner to " + ROLE
                            : "create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set up the role and database " + ROLE, e);
        }
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute(HAND_OVER);
            writeHba(pgData);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot hand the khet database to the role " + ROLE, e);
        }
    }

    private static void writeHba(Path pgData) {
        try {
            Files.writeString(pgData.resolve("pg_hba.conf"), HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write pg_hba.conf in " + pgData, e);
        }
    }
}
