package org.khet.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads validated rows into a table with PostgreSQL's COPY, inside the caller's transaction. Imports use it to fill
 * a temporary staging table and then merge with one set-based statement, which keeps a national-scale import
 * close to the speed of COPY itself.
 */
@Component
public class BulkCopy {

    private final DataSource dataSource;

    BulkCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies {@code rows} into {@code table(columns)}; a null cell becomes SQL NULL. Returns the rows copied. */
    public long into(String table, List<String> columns, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (List<?> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object v = row.get(i);
                if (v != null) {
                    csv.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
