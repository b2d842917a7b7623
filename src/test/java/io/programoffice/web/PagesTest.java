package io.programoffice.web;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.junit.Test;

public class PagesTest {
    private static HttpServletRequest request(String uri, String query) {
        HttpServletRequest req = mock(HttpServletRequest.class);
        when(req.getRequestURL()).thenReturn(new StringBuffer("http://jira.example.com" + uri));
        when(req.getQueryString()).thenReturn(query);
        return req;
    }

    @Test
    public void returnUri_keepsThePageAndItsQuery() {
        assertEquals(URI.create("http://jira.example.com/jira/plugins/servlet/program-office/program?key=DEMO"),
                Pages.returnUri(request("/jira/plugins/servlet/program-office/program", "key=DEMO")));
    }

    @Test
    public void returnUri_dropsAQueryThatIsNotAValidUri() {
        assertEquals(URI.create("http://jira.example.com/jira/plugins/servlet/program-office/program"),
                Pages.returnUri(request("/jira/plugins/servlet/program-office/program", "key=\"a b|c\"")));
    }

    @Test
    public void startAt_isZeroForMissingNegativeOrBadValues() {
        HttpServletRequest req = mock(HttpServletRequest.class);
        when(req.getParameter("startAt")).thenReturn(null, "-5", "abc", "200");
        assertEquals(0, Pages.startAt(req));
        assertEquals(0, Pages.startAt(req));
        assertEquals(0, Pages.startAt(req));
        assertEquals(200, Pages.startAt(req));
    }
}
