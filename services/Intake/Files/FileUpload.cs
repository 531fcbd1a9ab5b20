using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Files;

/// <summary>
/// 上传: one file per request, streamed to disk under a new Id while it is counted and hashed, then checked (size,
/// extension and leading bytes, the scan hook) and kept only if every check passed. A refusal leaves nothing behind.
/// </summary>
static class FileUpload
{
    public static async Task<Results<Created<StoredFileView>, ProblemHttpResult>> Upload(HttpRequest request,
        ClaimsPrincipal user, IntakeDbContext db, FileStore store, IUploadScanner scanner,
        IOptions<UploadOptions> options, HallClock clock,
        CancellationToken cancellationToken)
    {
        if (Boundary(request.ContentType) is not { } boundary)
        {
            return UploadProblems.MultipartRequired();
        }
        var upload = new MultipartUpload(new MultipartReader(boundary, request.Body), store);
        var kept = false;
        try
        {
            if (await upload.ReadAsync(cancellationToken) is { } unreadable)
            {
                return unreadable;
            }
            if (upload.Written is not { } written || upload.Id is not { } id)
            {
                return UploadProblems.FileMissing();
            }
            if (written.TooLarge)
            {
                return UploadProblems.TooLarge(options.Value);
            }
            var purpose = upload.Purpose ?? FilePurposes.Material;
            if (purpose is not (FilePurposes.Material or FilePurposes.Result))
            {
                return UploadProblems.BadPurpose();
            }
            if (purpose == FilePurposes.Result && !(user.IsInRole(Roles.WindowStaff) || user.IsInRole(Roles.Approver)
                || user.IsInRole(Roles.Admin)))
            {
                return UploadProblems.ResultForStaffOnly();
            }
            var fileName = upload.FileName;
            var extension = Path.GetExtension(fileName);
            if (FileTypes.ContentTypeOf(extension) is not { } contentType)
            {
                return UploadProblems.TypeNotAllowed(fileName);
            }
            if (written.Size == 0)
            {
                return UploadProblems.FileMissing();
            }
            if (!FileTypes.Matches(extension, written.Leading))
            {
                return UploadProblems.ContentMismatch(fileName, FileTypes.Detect(written.Leading));
            }
            var file = new StoredFile
            {
                Id = id,
                Owner = user.UserName(),
                Purpose = purpose,
                FileName = fileName,
                ContentType = contentType,
                Size = written.Size,
                Sha256 = written.Sha256,
                UploadedAt = clock.Now,
            };
            await using (var content = store.OpenPart(id))
            {
                if (await scanner.ScanAsync(content, file, cancellationToken) is { } reason)
                {
                    return UploadProblems.RejectedByScan(reason);
                }
            }
            store.Keep(id);
            db.Files.Add(file);
            await db.SaveChangesAsync(cancellationToken);
            kept = true;
            return TypedResults.Created($"/api/intake/files/{id}", StoredFileView.Of(file));
        }
        finally
        {
            if (!kept && upload.Id is { } partId)
            {
                store.Discard(partId);
            }
        }
    }

    static string? Boundary(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 and <= 200 } boundary
            ? boundary
            : null;
}
