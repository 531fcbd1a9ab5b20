namespace Platform.Contracts.Catalogue;

/// <summary>
/// A matter version became the published one: the full snapshot other services keep in their read models.
/// HandlingKind is "instant" (即办件) or "promised" (承诺件); limits are working days; no statutory limit is null.
/// IntakeLevels: the levels of the service network that may take the matter in (镇村代办项目目录), any of "county",
/// "town", "village"; null (an older publisher) means the county hall only.
/// </summary>
public sealed record MatterPublished(
    string Code,
    int Version,
    string Name,
    string TypeCode,
    string DepartmentCode,
    string DepartmentName,
    string HandlingKind,
    int? StatutoryLimitDays,
    int PromisedLimitDays,
    int OnSiteVisits,
    IReadOnlyList<MatterMaterial> Materials,
    DateOnly EffectiveFrom,
    DateTimeOffset PublishedAt,
    IReadOnlyList<string>? IntakeLevels = null);
