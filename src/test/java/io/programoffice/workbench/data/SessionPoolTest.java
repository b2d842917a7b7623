package io.programoffice.workbench.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbc.JdbcConnection;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The workbench's connection pool hands out physical sessions again, clean: nothing uncommitted survives a close. */
public class SessionPoolTest {
    private final String url = "jdbc:h2:mem:pool-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection keepAlive;
    private SessionPool pool;

    @Before
    public void setUp() throws SQLException {
        keepAlive = DriverManager.getConnection(url, "sa", "");
        try (Statement s = keepAlive.createStatement()) {
            s.execute("CREATE TABLE T(ID INT PRIMARY KEY)");
        }
        pool = new SessionPool(url, "sa", "", 2);
    }

    @After
    public void tearDown() throws SQLException {
        pool.dispose();
        keepAlive.close();
    }

    private static int rows(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM T")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    public void getConnection_reusesTheSessionAClosedHandleReturned() throws SQLException {
        JdbcConnection first;
        try (Connection c = pool.getConnection()) {
            first = c.unwrap(JdbcConnection.class);
        }
        try (Connection c = pool.getConnection(); Connection other = pool.getConnection()) {
            assertSame(first, c.unwrap(JdbcConnection.class));
            assertNotSame(first, other.unwrap(JdbcConnection.class));
        }
    }

    @Test
    public void close_rollsBackWhatWasLeftUncommitted_andRestoresAutoCommit() throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO T VALUES (1)");
            }
        }
        assertEquals(0, rows(keepAlive));
        try (Connection c = pool.getConnection()) {
            assertTrue(c.getAutoCommit());
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO T VALUES (2)");
            }
        }
        assertEquals(1, rows(keepAlive));
    }

    @Test
    public void aClosedHandle_refusesWork_andClosingTwiceReturnsItOnce() throws SQLException {
        Connection c = pool.getConnection();
        c.close();
        c.close();
        assertTrue(c.isClosed());
        assertThrows(SQLException.class, c::createStatement);
        try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) {
            assertFalse(a.isClosed());
            assertNotSame(a.unwrap(JdbcConnection.class), b.unwrap(JdbcConnection.class));
        }
    }
}
