using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Files;

/// <summary>
/// The parts of an upload's multipart body: the "file" part streamed straight to the store (never buffered whole),
/// the optional "purpose" field; other fields are skipped. The client's file name is kept for display only, cleaned
/// of any folder and control characters.
/// </summary>
sealed class MultipartUpload(MultipartReader reader, FileStore store)
{
    const int MaxFileName = 200;

    public Guid? Id { get; private set; }
    public FileStore.Written? Written { get; private set; }
    public string FileName { get; private set; } = "";
    public string? Purpose { get; private set; }

    /// <summary>Reads every part; a problem when the body is not a well-formed upload of one file.</summary>
    public async Task<ProblemHttpResult?> ReadAsync(CancellationToken cancellationToken)
    {
        reader.HeadersLengthLimit = 16 * 1024;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (name == "file" && disposition.IsFileDisposition())
                {
                    if (Id is not null)
                    {
                        return Problems.Invalid([new("file", "一次只能上传一个文件，请逐个上传。")]);
                    }
                    Id = Guid.NewGuid();
                    FileName = Clean(HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
                        ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value);
                    Written = await store.WritePartAsync(Id.Value, section.Body, cancellationToken);
                    if (Written.TooLarge)
                    {
                        return null; // no need to read the rest: the caller refuses it
                    }
                }
                else if (name == "purpose")
                {
                    Purpose = await ReadFieldAsync(section.Body, cancellationToken);
                }
            }
            return null;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            return Problems.Invalid([new("file", "上传内容不是完整的 multipart/form-data，请重新上传。")]);
        }
    }

    static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[64];
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                return "?"; // longer than any purpose: refused as an unknown one
            }
        }
        return Encoding.UTF8.GetString(buffer, 0, length).Trim();
    }

    static string Clean(string? clientName)
    {
        var name = (clientName ?? "").Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..]
            .Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray())
            .Trim().TrimStart('.');
        if (name.Length > MaxFileName)
        {
            var extension = Path.GetExtension(name);
            name = name[..(MaxFileName - Math.Min(extension.Length, 16))] + extension[..Math.Min(extension.Length, 16)];
        }
        return name.Length == 0 ? "未命名" : name;
    }
}
