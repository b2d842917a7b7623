package io.programoffice.workbench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the first column of a query's rows from the workbench database, for assertions. */
final class Rows {
    private Rows() {
    }

    static List<String> strings(WorkbenchDatabase db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
