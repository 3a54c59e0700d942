package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the build. */
final class Version implements CommandLine.IVersionProvider {
    static final String VALUE = read();

    @Override
    public String[] getVersion() {
        return new String[] {"crosscheck " + VALUE};
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/crosscheck/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
