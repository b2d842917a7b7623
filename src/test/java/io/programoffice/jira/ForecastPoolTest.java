package io.programoffice.jira;

import io.programoffice.core.forecast.ForecastThreads;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

public class ForecastPoolTest {
    @Test
    public void byDefault_halfTheProcessors_atMostFour_andNoExtraThreadOnSmallNodes() {
        assertEquals(1, ForecastPool.threads(null, 1));
        assertEquals(1, ForecastPool.threads(null, 2));
        assertEquals(2, ForecastPool.threads(null, 4));
        assertEquals(4, ForecastPool.threads(null, 8));
        assertEquals(4, ForecastPool.threads(null, 64));
    }

    @Test
    public void theSystemProperty_setsAnotherNumber_andBadValuesFallBackToTheDefault() {
        assertEquals(2, ForecastPool.threads("2", 2));
        assertEquals(1, ForecastPool.threads(" 1 ", 16));
        assertEquals(4, ForecastPool.threads("0", 8));
        assertEquals(4, ForecastPool.threads("65", 8));
        assertEquals(4, ForecastPool.threads("many", 8));
    }

    @Test
    public void oneThread_isTheCallerAlone() {
        String before = System.getProperty(ForecastPool.PROPERTY);
        System.setProperty(ForecastPool.PROPERTY, "1");
        try {
            assertSame(ForecastThreads.CALLER, ForecastPool.create());
        } finally {
            if (before == null) {
                System.clearProperty(ForecastPool.PROPERTY);
            } else {
                System.setProperty(ForecastPool.PROPERTY, before);
            }
        }
    }
}
