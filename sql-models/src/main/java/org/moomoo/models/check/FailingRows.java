package org.moomoo.models.check;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moomoo.models.sql.Statements;

/** What a failure query returned: the row count, a sample as text, and the first row's values by column. */
record FailingRows(long count, List<String> sample, Map<String, Object> first) {

    private static final int SAMPLE_ROWS = 5;

    /** @param name the test, for the error when its query cannot run */
    static FailingRows query(Connection connection, String name, String failureSql) throws SQLException {
        long count;
        List<String> sample = new ArrayList<>();
        Map<String, Object> first = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select count(*) from (" + failureSql + ") as failing")) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count > 0) {
                try (ResultSet rs = statement.executeQuery(failureSql + " limit " + SAMPLE_ROWS)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        boolean firstRow = sample.isEmpty();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            values.add(meta.getColumnLabel(i) + "=" + rs.getString(i));
                            if (firstRow) {
                                first.put(meta.getColumnLabel(i), rs.getObject(i));
                            }
                        }
                        sample.add(String.join(", ", values));
                    }
                }
            }
        } catch (SQLException e) {
            throw Statements.located("data test " + name + " could not run: ", e);
        }
        return new FailingRows(count, sample, first);
    }
}
