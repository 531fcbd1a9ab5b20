using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Files;

/// <summary>The refusals of an upload, each with what the person can do about it.</summary>
static class UploadProblems
{
    public static ProblemHttpResult MultipartRequired() =>
        Problems.Of(StatusCodes.Status415UnsupportedMediaType, "multipart-required",
            "请以 multipart/form-data 上传，文件放在名为 file 的部分，可选字段 purpose（material 或 result）。");

    public static ProblemHttpResult FileMissing() =>
        Problems.Invalid([new("file", "没有收到文件：请在名为 file 的部分上传一个非空文件。")]);

    public static ProblemHttpResult TypeNotAllowed(string fileName) =>
        Problems.Of(StatusCodes.Status415UnsupportedMediaType, "file-type-not-allowed",
            $"不接受“{fileName}”这种类型的文件；只接受 {FileTypes.Allowed}。");

    public static ProblemHttpResult ContentMismatch(string fileName, string? detected) =>
        Problems.Of(StatusCodes.Status415UnsupportedMediaType, "file-content-mismatch",
            detected is null
                ? $"“{fileName}”的内容不是 {FileTypes.Allowed} 中的任何一种，文件可能已损坏或被改了扩展名。"
                : $"“{fileName}”的内容是 {detected} 文件，与扩展名不符；请以正确的扩展名重新上传。");

    public static ProblemHttpResult TooLarge(UploadOptions options) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "file-too-large",
            $"文件超过 {options.MaxSizeText} 的大小上限，未保存；请压缩或拆分后重新上传。");

    public static ProblemHttpResult RejectedByScan(string reason) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, "file-rejected-by-scan",
            $"文件未通过安全检查，未保存：{reason}");

    public static ProblemHttpResult BadPurpose() =>
        Problems.Invalid([new("purpose", "purpose 应为 material（申请材料，默认）或 result（办理结果，仅限工作人员）。")]);

    public static ProblemHttpResult ResultForStaffOnly() =>
        Problems.Of(StatusCodes.Status403Forbidden, "result-upload-forbidden",
            "只有窗口人员和审批人员可以上传办理结果文件（purpose: result）。");
}
