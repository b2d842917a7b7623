package io.programoffice.workbench.web;

import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbI18nResolver;
import io.programoffice.workbench.host.WbPageBuilderService;
import io.programoffice.workbench.host.WbUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's page decoration for plugin servlets: a page whose head has {@code <meta name="decorator" content="atl.general">}
 * gets Jira's chrome (AUI, header, top navigation) and the tags of the web resources it required; {@code atl.admin}
 * pages also get the administration sidebar of the {@code admin_plugins_menu} sections. Any other output passes
 * through untouched.
 */
public final class DecoratorFilter implements Filter {
    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+name=\"decorator\"\\s+content=\"atl\\.(general|admin)\"\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTIVE_TAB = Pattern.compile(
            "<meta\\s+name=\"admin\\.active\\.tab\"\\s+content=\"([^\"]*)\"\\s*/?>", Pattern.CASE_INSENSITIVE);

    private final PluginDescriptor descriptor;
    private final WbI18nResolver i18n;
    private final WbPageBuilderService pageBuilder;
    private final WbAuthenticationContext authentication;

    public DecoratorFilter(PluginDescriptor descriptor, WbI18nResolver i18n, WbPageBuilderService pageBuilder,
                           WbAuthenticationContext authentication) {
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.authentication = authentication;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        pageBuilder.reset();
        Capture capture = new Capture(resp);
        try {
            chain.doFilter(req, capture);
        } finally {
            String page = capture.text();
            if (!resp.isCommitted() || !page.isEmpty()) {
                String type = capture.getContentType();
                boolean html = type != null && type.startsWith("text/html");
                String out = html ? decorate(req.getContextPath(), page) : page;
                byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
                if (!resp.isCommitted()) {
                    resp.setContentLength(bytes.length);
                }
                if (bytes.length > 0) {
                    resp.getOutputStream().write(bytes);
                }
            }
            pageBuilder.reset();
        }
    }

    String decorate(String context, String page) {
        Matcher meta = DECORATOR.matcher(page);
        if (!meta.find()) {
            return page;
        }
        ApplicationUser user = authentication.getLoggedInUser();
        String head = Chrome.headTags(context) + "\n" + Chrome.resourceTags(context, descriptor, pageBuilder.required());
        String withHead = page.replaceFirst("(?i)</head>", Matcher.quoteReplacement(head + "</head>"));
        Matcher body = BODY.matcher(withHead);
        if (!body.find()) {
            return withHead;
        }
        boolean admin = user instanceof WbUser wb && wb.isAdmin();
        String header = Chrome.header(context, descriptor, i18n, user == null ? null : user.getDisplayName(), admin);
        boolean adminPage = meta.group(1).equalsIgnoreCase("admin");
        String open = "<body id=\"jira\" class=\"aui-layout aui-theme-default" + (adminPage ? " page-type-admin" : "")
                + "\"" + body.group(1) + "><div id=\"page\">" + header + "<section id=\"content\" role=\"main\">";
        String close = "</section></div></body>";
        if (adminPage) {
            Matcher tab = ACTIVE_TAB.matcher(withHead);
            open += "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><div class=\"aui-page-panel-nav\">"
                    + Chrome.adminSidebar(context, descriptor, i18n, tab.find() ? tab.group(1) : "")
                    + "</div><section class=\"aui-page-panel-content\">";
            close = "</section></div></div>" + close;
        }
        String decorated = withHead.substring(0, body.start()) + open + withHead.substring(body.end());
        return decorated.replaceFirst("(?i)</body>", Matcher.quoteReplacement(close));
    }

    /** Holds the servlet's output until the filter has decorated it. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final CharArrayWriter chars = new CharArrayWriter();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(chars);
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking output only");
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int len) {
            // the decorated length differs; the filter sets it
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        @Override
        public void flushBuffer() {
            // nothing reaches the client before decoration
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return chars.toString() + bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
