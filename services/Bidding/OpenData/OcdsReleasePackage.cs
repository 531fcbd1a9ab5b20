namespace Platform.Bidding.OpenData;

/// <summary>An OCDS 1.1 release package (release-package-schema.json).</summary>
public sealed record OcdsReleasePackage(string Uri, string Version, DateTimeOffset PublishedDate,
    OcdsPublisher Publisher, IReadOnlyList<OcdsRelease> Releases);
