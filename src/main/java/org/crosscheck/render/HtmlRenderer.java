package org.crosscheck.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.crosscheck.finding.Report;

/** report.html: one self-contained page rendered from {@code report.ftlh}, with every value HTML-escaped. */
public final class HtmlRenderer implements Renderer {
    private static final Configuration FREEMARKER = configuration();

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Template template = FREEMARKER.getTemplate("report.ftlh");
        try {
            template.process(HtmlModel.of(report), out);
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
        DefaultObjectWrapper wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build();
        configuration.setObjectWrapper(wrapper);
        configuration.setNumberFormat("computer");
        return configuration;
    }
}
