using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.Intake.Files;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Online;

/// <summary>
/// The materials a person hands in online, checked together: every entry named once and from the allowed list, and
/// every file their own upload for a material, not yet attached to any application. The files come back tracked, so
/// attaching them is saved with the application in one transaction.
/// </summary>
static class MaterialFiles
{
    public sealed record Checked(List<FieldError> Errors, Dictionary<string, StoredFile> FilesByMaterial);

    public static async Task<Checked> CheckAsync(IReadOnlyList<OnlineMaterial?> given, IReadOnlyList<string> allowed,
        string allowedListName, string account, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var ids = given.Where(m => m?.FileId is not null).Select(m => m!.FileId!.Value).Distinct().ToList();
        var files = await db.Files.Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var byMaterial = new Dictionary<string, StoredFile>();
        var seenNames = new HashSet<string>();
        var seenFiles = new HashSet<Guid>();
        for (var i = 0; i < given.Count; i++)
        {
            if (given[i] is not { } material || string.IsNullOrWhiteSpace(material.Name))
            {
                errors.Add(new($"materials[{i}].name", "每项材料应给出名称（name）。"));
                continue;
            }
            if (!allowed.Contains(material.Name))
            {
                errors.Add(new($"materials[{i}].name", $"“{material.Name}”不在{allowedListName}中。"));
            }
            else if (!seenNames.Add(material.Name))
            {
                errors.Add(new($"materials[{i}].name", $"材料“{material.Name}”出现了多次。"));
            }
            if (material.FileId is not { } fileId)
            {
                continue;
            }
            if (!files.TryGetValue(fileId, out var file) || file.Owner != account
                || file.Purpose != FilePurposes.Material || file.ApplicationId is not null || file.CaseNo is not null)
            {
                errors.Add(new($"materials[{i}].fileId",
                    "文件不存在、不是您本人上传的申请材料，或已用于其他申请；请重新上传后再提交。"));
            }
            else if (!seenFiles.Add(fileId))
            {
                errors.Add(new($"materials[{i}].fileId", "同一个文件不能用于两项材料。"));
            }
            else
            {
                byMaterial[material.Name] = file;
            }
        }
        return new(errors, byMaterial);
    }

    /// <summary>The limits of the list itself, before anything is looked up.</summary>
    public static TextLimits Limits(IReadOnlyList<OnlineMaterial?>? given, TextLimits limits) =>
        limits.Max("materials", (given ?? []).Select(m => m?.Name), 100, 200);

    public static void Attach(Dictionary<string, StoredFile> files, Guid applicationId)
    {
        foreach (var (material, file) in files)
        {
            file.ApplicationId = applicationId;
            file.MaterialName = material;
        }
    }
}
