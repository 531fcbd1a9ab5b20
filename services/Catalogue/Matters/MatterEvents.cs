using Platform.Contracts.Catalogue;

namespace Platform.Catalogue.Matters;

static class MatterEvents
{
    public static MatterPublished Published(Matter matter) => new(
        matter.Code,
        matter.Version,
        matter.Elements.Name,
        matter.Elements.TypeCode,
        matter.Elements.DepartmentCode,
        matter.Elements.DepartmentName,
        matter.Elements.HandlingKind == HandlingKind.Instant ? "instant" : "promised",
        matter.Elements.StatutoryLimitDays,
        matter.Elements.PromisedLimitDays,
        matter.Elements.OnSiteVisits,
        matter.Elements.Materials
            .Select(m => new MatterMaterial(m.Name, m.Required, m.Form, m.Medium, m.Copies)).ToList(),
        matter.EffectiveFrom ?? DateOnly.FromDateTime(matter.UpdatedAt.Date),
        matter.UpdatedAt,
        matter.Elements.IntakeLevels);
}
