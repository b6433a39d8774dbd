package org.veil.cli.support;

import java.util.Map;
import org.veil.core.record.Versions;
import picocli.CommandLine.IVersionProvider;

/** {@code veil --version}: Veil's version and the stack it runs on. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Map<String, String> v = Versions.current();
        return new String[] {
            "veil " + v.get("veil"),
            "java " + v.get("java") + ", DeepLearning4J/ND4J " + v.get("dl4j") + ", Tribuo " + v.get("tribuo"),
        };
    }
}
