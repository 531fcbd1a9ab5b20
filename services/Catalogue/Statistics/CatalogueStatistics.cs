namespace Platform.Catalogue.Statistics;

public sealed record CatalogueStatistics(
    int Matters,
    IReadOnlyDictionary<string, int> ByType,
    IReadOnlyDictionary<string, int> ByHandlingKind,
    double? InstantShare,
    double? CompressionDays,
    double? CompressionRate,
    double? AtMostOneVisitShare,
    double? ZeroVisitShare);
