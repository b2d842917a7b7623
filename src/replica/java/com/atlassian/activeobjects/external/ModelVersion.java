package com.atlassian.activeobjects.external;

/**
 * Compile-only replica of the ActiveObjects ModelVersion Jira 11.3 bundles: signatures only; as a value type it holds
 * the version number the host needs to compare versions. Never shipped.
 */
// type and members: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java
// (valueOf(String) is used by atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against Jira 11.0.0)
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java (null means version 0)
    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version));
    }

    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java
    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java
    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java
    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java
    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ModelVersion.java
    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
