package org.crosscheck.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import org.crosscheck.finding.Report;

/**
 * report.html: one self-contained page rendered from {@code report.ftlh}, with every value from the
 * report HTML-escaped. Its stylesheet and script are inlined from {@code report.css} and
 * {@code report.js}; the page's Content-Security-Policy admits exactly those two by their SHA-256,
 * so no other script or style can run, and nothing may be fetched.
 */
public final class HtmlRenderer implements Renderer {
    private static final Configuration FREEMARKER = configuration();
    /** Page data blocks longer than this many characters are gzipped (about 800 findings' worth). */
    private static final int GZIP_ABOVE = 1_000_000;

    private final int gzipAbove;

    public HtmlRenderer() {
        this(GZIP_ABOVE);
    }

    /** A renderer that gzips page data longer than {@code gzipAbove} characters. */
    HtmlRenderer(int gzipAbove) {
        this.gzipAbove = gzipAbove;
    }

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Template template = FREEMARKER.getTemplate("report.ftlh");
        try {
            template.process(HtmlModel.of(report, gzipAbove), out);
        } catch (TemplateException e) {
            throw new IllegalStateException("the HTML template failed: " + e.getMessage(), e);
        }
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);
        configuration.setClassForTemplateLoading(HtmlRenderer.class, "/org/crosscheck/render");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
        try {
            share(configuration, "style", "report.css");
            share(configuration, "script", "report.js");
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        return configuration;
    }

    /** Makes an asset and its CSP source ("sha256-...") available to the template as NAME and NAMEHash. */
    private static void share(Configuration configuration, String name, String resource) throws TemplateModelException {
        String text = resource(resource);
        configuration.setSharedVariable(name, text);
        configuration.setSharedVariable(name + "Hash", "sha256-" + Base64.getEncoder().encodeToString(sha256(text)));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
