package eu.eucaim.workstation.node.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk insert with multi-row {@code INSERT ... VALUES (...), (...)} statements: one statement per {@value #ROWS}
 * rows is several times faster than JDBC batches of single-row inserts on H2, and works unchanged on PostgreSQL.
 * A null value must be given as {@link #nullOf(int)} so that both drivers know its type.
 */
public final class MultiRowInsert implements AutoCloseable {
    static final int ROWS = 100;

    /** A typed SQL NULL, e.g. {@code nullOf(Types.INTEGER)}. */
    public record Null(int sqlType) {}

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int width;
    /** Statements by row count, so that partial flushes do not re-parse SQL every time. */
    private final Map<Integer, PreparedStatement> statements = new HashMap<>();

    private final List<Object[]> pending = new ArrayList<>(ROWS);
    private MultiRowInsert parent;

    public MultiRowInsert(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = String.join(", ", columns);
        this.width = columns.length;
    }

    public static Null nullOf(int sqlType) {
        return new Null(sqlType);
    }

    /** Rows of this table reference rows of {@code parent}: the parent's pending rows are inserted first. */
    public MultiRowInsert after(MultiRowInsert parent) {
        this.parent = parent;
        return this;
    }

    public void add(Object... row) throws SQLException {
        if (row.length != width) {
            throw new IllegalArgumentException(table + " takes " + width + " values, got " + row.length);
        }
        pending.add(row);
        if (pending.size() == ROWS) {
            flush();
        }
    }

    /** Inserts what is pending (after the parent's pending rows). */
    public void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (pending.isEmpty()) {
            return;
        }
        PreparedStatement ps = statements.get(pending.size());
        if (ps == null) {
            ps = connection.prepareStatement(sql(pending.size()));
            statements.put(pending.size(), ps);
        }
        int i = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                if (value instanceof Null n) {
                    ps.setNull(i++, n.sqlType());
                } else if (value == null) {
                    throw new IllegalArgumentException("Use MultiRowInsert.nullOf(type) for a null in " + table);
                } else {
                    ps.setObject(i++, value);
                }
            }
        }
        ps.executeUpdate();
        pending.clear();
    }

    private String sql(int rows) {
        String tuple = "(" + "?, ".repeat(width - 1) + "?)";
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(table)
                .append(" (")
                .append(columns)
                .append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(tuple);
        }
        return sql.toString();
    }

    /** Closes the statements; call {@link #flush()} first to keep pending rows. */
    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
    }
}
