using Microsoft.EntityFrameworkCore;
using Platform.Approval.Catalogue;
using Platform.Approval.Data;
using Platform.Contracts.Catalogue;

namespace Platform.Approval.Stages;

/// <summary>
/// A stage as configured, with its matters from the local catalogue read model: the material list the lead department
/// checks is the union of the matters' lists (a material named by two matters is one material, required when either
/// requires it).
/// </summary>
public sealed record StagePlan(StageDefinition Definition, IReadOnlyList<LocalMatter> Matters)
{
    public IReadOnlyList<MatterMaterial> Materials { get; } = Matters.SelectMany(m => m.Materials)
        .GroupBy(m => m.Name)
        .Select(g => g.First() with { Required = g.Any(m => m.Required) })
        .ToList();

    /// <summary>The plan of a stage, or null when the stage is not configured.</summary>
    public static async Task<StagePlan?> LoadAsync(ApprovalDbContext db, int stage,
        CancellationToken cancellationToken)
    {
        var definition = await db.StageDefinitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Stage == stage, cancellationToken);
        if (definition is null)
        {
            return null;
        }
        var matters = await db.Matters.AsNoTracking().Where(m => definition.MatterCodes.Contains(m.Code))
            .ToListAsync(cancellationToken);
        return new StagePlan(definition, definition.MatterCodes
            .Select(code => matters.SingleOrDefault(m => m.Code == code)).OfType<LocalMatter>().ToList());
    }

    /// <summary>Matters of the definition no longer published (suspended, cancelled, never received).</summary>
    public IReadOnlyList<string> Unavailable =>
        Definition.MatterCodes.Except(Matters.Where(m => m.Published).Select(m => m.Code)).ToList();
}
