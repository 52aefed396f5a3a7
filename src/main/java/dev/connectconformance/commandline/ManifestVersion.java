package dev.connectconformance.commandline;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the name and version the jar's manifest carries ("development" when run from classes). */
public final class ManifestVersion implements IVersionProvider {

    public static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        String title = ManifestVersion.class.getPackage().getImplementationTitle();
        return new String[] {(title == null ? "connect-conformance" : title) + " " + version()};
    }
}
